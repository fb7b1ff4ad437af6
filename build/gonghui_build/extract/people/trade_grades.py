"""The grade printed before a trade's word in a title: ``国家二级|心理咨询|师``.

:func:`.titles.trade_of_title` reads the trade jieba joins across a title's start
(心理咨询|师) as part of the title; a grade printed before that word (``titles.yaml``
trade_grades: 高级, 二级, 国家二级) was left out, though it is part of the title as
printed, as a grade right before a title word is (高级|工程师: ``titles.yaml`` modifiers).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon


def grade_before(text: str, seg_start: int, trade_start: int) -> str:
    """The grade (``titles.yaml`` trade_grades) printed right before the trade's word
    starting at ``trade_start``, within the segment opening at ``seg_start``; "" when
    none is."""
    grades = lexicon.words("titles.yaml", "trade_grades")
    return grades.ending(text[seg_start:trade_start]) or ""
