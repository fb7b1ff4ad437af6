"""A round-up item's heading: a sentence of the kind of work and a four-character appraisal
of it (二是技能比赛亮点纷呈。, （一）劳动竞赛热火朝天。, 职工培训扎实推进。), the item's
activities told in the sentences after it. It names the work, not an event: read as one,
it took the named contest told next (6月举办全市职工电工技能比赛) as itself told again,
and the contest's name and date were lost. Real pages of s41 (a street union's 一是…二是…
round-up, a city union's and a county union's year in review)."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.specific_names import has_proper_element
from gonghui_build.text.numbers import TEN_NUMERALS

#: A round-up item's ordinal opening its sentence (一是, （二）, 三、): no word of the
#: activity named after it (:func:`.naming.name_start`).
ITEM_ORDINAL = rf"[{TEN_NUMERALS}]{{1,3}}[是、]|[（(][{TEN_NUMERALS}]{{1,3}}[）)]"
#: An item's ordinal or a digest's number (2.) opening a heading's sentence; read here and
#: by :mod:`.point_headings` (a summary's numbered point).
NUMBERED = rf"(?:{ITEM_ORDINAL}|\d{{1,2}}[.．、])"
#: What may stand before a heading's words in its sentence: a number, or nothing.
_ORDINAL = re.compile(rf"{NUMBERED}?")
#: The marks that close a heading's sentence: a full stop, an exclamation or question
#: mark, a semicolon (a summary sets its points apart with one).
SENTENCE_STOPS = "。！？；;"


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last stop or line break before
    it, or the text's start. A heading is read from there, so its ordinal is found."""
    return max((text.rfind(c, 0, at) for c in SENTENCE_STOPS + "\n"), default=-1) + 1


def heads_an_item(text: str, mention: Mention) -> bool:
    """The mention's sentence is (an ordinal,) its words with no name of their own, and
    an appraisal of the ``item_appraisals`` list closing the sentence."""
    start = sentence_start(text, mention.start)
    if not _ORDINAL.fullmatch(text, start, mention.start):
        return False
    appraisal = words("item_appraisals").starting(text, mention.end)
    if not appraisal:
        return False
    after = mention.end + len(appraisal)
    if after < len(text) and text[after] not in "。！；;":
        return False
    return not has_proper_element(text[mention.start : mention.end])
