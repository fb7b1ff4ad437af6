"""Names listed before one suffix: ``甲城、乙州、丙山总工会`` is three federations.

The grammar (:mod:`.grammar`) finds the last name of such a list whole; the places
listed before it, each set off by ``、``, share its suffix.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import is_division
from gonghui_build.extract.organisations.names import words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.text import places
from gonghui_build.text.tokenizer import Token


def _is_place_word(word: str, tokens: list[Token], start: int) -> bool:
    """A place by its name (a division of China, a district of the city) or by jieba's
    tag of a place name (ns)."""
    token = next((t for t in tokens if t.start == start and t.word == word), None)
    district = lexicon.places().district(word) is not None
    return is_division(word) or district or (token is not None and token.tag == "ns")


def _member_name(place: str, last_body: str) -> str:
    """A listed place with the level word the last place of the list prints (东城、
    西城区总工会: 东城区), when that makes a place's full name."""
    level = last_body[-1:]
    if level in words("place_markers") and not place.endswith(level):
        fuller = place + level
        if places.by_full_name(fuller):
            return fuller
    return place


def shared_suffix_members(text: str, spans: list[OrgSpan], tokens: list[Token]) -> list[OrgSpan]:
    """``甲城、乙州、丙山总工会``: places listed before one name's suffix share it, so the
    list names one body per place. Each place is a span of its own, its name the place
    and the shared suffix (the span covers what the page prints: the place)."""
    out: list[OrgSpan] = []
    for span in spans:
        if not span.body or not _is_place_word(span.body, tokens, span.start):
            out.append(span)
            continue
        members: list[OrgSpan] = []
        end = span.start - 1
        while end > 0 and text[end] == "、":
            token = next((t for t in tokens if t.end == end), None)
            if token is None or not _is_place_word(token.word, tokens, token.start):
                break
            written = _member_name(token.word, span.body) + span.suffix
            members.insert(0, OrgSpan(token.start, token.end, written, span.suffix, span.type))
            end = token.start - 1
        out += [*members, span]
    return out
