"""Names listed before one suffix: ``甲城、乙州、丙山总工会`` is three federations, and
``省、市总工会`` two (the level words before a level's one body).

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
        levels = _one_body_of_a_level(span)
        if not span.body or not (levels or _is_place_word(span.body, tokens, span.start)):
            out.append(span)
            continue
        members: list[OrgSpan] = []
        end = span.start - 1
        while end > 0 and text[end] == "、":
            token = next((t for t in tokens if t.end == end), None)
            level = levels and token is not None and token.word in words("place_markers")
            if token is None or not (level or _is_place_word(token.word, tokens, token.start)):
                break
            written = _member_name(token.word, span.body) + span.suffix
            members.insert(0, OrgSpan(token.start, token.end, written, span.suffix, span.type))
            end = token.start - 1
        if levels and _levels_after_a_determiner(text, span.start):
            continue  # 各省、市总工会: the federations of every province and city, a kind
        out += [*members, span]
    return out


def _levels_after_a_determiner(text: str, start: int) -> bool:
    """各省、|市总工会, 各区、县|总工会: level words listed after a determiner (however jieba
    cuts 各省), so the body after them is every such level's, a kind of body."""
    pos = start
    while pos >= 2 and text[pos - 1] == "、" and text[pos - 2] in words("place_markers"):
        pos -= 2
    return pos != start and words("determiners").ending(text[:pos]) is not None


def _one_body_of_a_level(span: OrgSpan) -> bool:
    """省、市|总工会, 市、区|妇联: a bare level word before the body each level has one of
    (``level_bodies``: its federation, its women's federation, its court): the level words
    listed before it share the body, one each (省总工会 and 市总工会). The unions of the
    levels listed (市、县工会) are a kind (:func:`.stops.levels_listed`)."""
    return span.body in words("place_markers") and span.suffix in words("level_bodies")
