"""A kind of body named by its place alone, right before a contest's name (某省旅游饭店
服务技能大赛, 某市饭店服务技能比武): the trade the contest is held for, no body's name.

A hotel's name is its place and a suffix only when the place is printed bare (北京饭店);
a division printed with its level (某省, 某市), then at most a common word of the
language (旅游), then the suffix, is the trade of that place's hotels, and a contest's
skills word right after it (``org_suffixes.yaml`` contest_sector_links, then a contest:
``activities.yaml`` watched_contests) says so. Seen on a tuning page (real_dev15, a
hotel worker's profile: the provincial and city contests she won), session 53 orgs43.
Only the trades of ``contest_sector_kinds`` (hotels): a city's bus company before a skills
contest is a company holding its own.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import is_division
from gonghui_build.extract.organisations.names import words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.organisations.walk import COMMON_FREQUENCY
from gonghui_build.text import tokenizer
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import OrgType

#: jieba's tags of words that name someone or something proper (a brand, a person).
_PROPER_TAGS = ("nr", "nz", "nt", "j", "eng")


def _contest_after(text: str, end: int) -> bool:
    """A skills word and a contest's word printed at ``end`` (服务技能|大赛, 技能|比武)."""
    link = words("contest_sector_links").starting(text, end)
    if link is None:
        return False
    return lexicon.words("activities.yaml", "watched_contests").starting(text, end + len(link))


def _place_and_trade(span: OrgSpan, tokens: list[Token]) -> bool:
    """The name is a division printed with its level, at most common words, its suffix."""
    inside = [t for t in tokens if span.start <= t.start and t.end <= span.end - len(span.suffix)]
    if not inside or inside[0].start != span.start:
        return False
    first = inside[0]
    if not (is_division(first.word) and words("place_markers").ending(first.word)):
        return False
    return all(
        not t.tag.startswith(_PROPER_TAGS) and tokenizer.frequency(t.word) >= COMMON_FREQUENCY
        for t in inside[1:]
    )


def names_a_contests_sector(text: str, span: OrgSpan, tokens: list[Token]) -> bool:
    """Whether ``span`` (a company's kind of name) is the trade of a contest after it."""
    if span.type != OrgType.company or not _contest_after(text, span.end):
        return False
    if not words("contest_sector_kinds").ending(span.written):
        return False  # 某市公交公司技能大赛: a company holding its own contest
    return _place_and_trade(span, tokens)


def without_contest_sectors(text: str, spans: list[OrgSpan], tokens: list[Token]) -> list[OrgSpan]:
    """``spans`` but the trades of contests (:func:`names_a_contests_sector`), which the
    model may propose where the grammar read none."""
    return [s for s in spans if not names_a_contests_sector(text, s, tokens)]
