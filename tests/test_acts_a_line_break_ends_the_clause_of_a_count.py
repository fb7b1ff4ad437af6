"""Participant counts: since eed9ff5 the words after a count are read up to the next
clause mark of ``text.clauses.CLAUSE_PUNCT``, which holds a line break (an article's text
joins its paragraphs with one), where the readers once stopped at ，。；：！？ only. So a
line break ends a count's clause as a comma does: a word of winning after it no longer
makes the count one of winners. Paragraph texts carry no line break, so no page read so
far is affected; these tests pin today's behaviour. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.participant_counts import count
from gonghui_build.vocabulary import Category


def _people(sentence: str) -> float | None:
    found = count(sentence, 0, len(sentence), Category.competition)
    return found[1].value if found else None


def test_winners_in_the_counts_clause_are_no_participants():
    assert _people("本次比赛共有36名选手分获一、二、三等奖。") is None


@pytest.mark.parametrize("mark", ["，", "\n"])
def test_a_clause_mark_or_a_line_break_ends_the_counts_clause(mark):
    assert _people(f"本次比赛共有36名选手{mark}分获一、二、三等奖。") == 36
