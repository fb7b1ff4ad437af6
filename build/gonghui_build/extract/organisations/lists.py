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
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token


def _is_place_word(word: str, tokens: list[Token], start: int) -> bool:
    """A place by its name (a division of China, a district of the city) or by jieba's
    tag of a place name (ns)."""
    token = next((t for t in tokens if t.start == start and t.word == word), None)
    district = lexicon.places().district(word) is not None
    return is_division(word) or district or (token is not None and token.tag == "ns")


#: The sizes of a town's or a street's name listed before another's (札萨克镇, 某某街道).
_TOWN_SIZES = range(3, 9)
#: What may stand before a listed town: the start of the text or a mark of punctuation.
_LIST_OPENERS = "，。；：、 \n"


def _is_town(body: str) -> bool:
    """A town's or a street's name (某某镇, 某某街道: ``place_suffixes`` after a name)."""
    level = words("place_suffixes").ending(body)
    return level is not None and body != level


def _town_listed(text: str, end: int, last_body: str, tokens: list[Token]) -> Token | None:
    """The town or street listed whole before ``end`` (a 、) when the last body of the
    list is a town's or a street's and this one ends with the same level word (札萨克镇、
    乌兰木伦镇总工会: jieba cuts a Mongolian or a rare town's name into pieces no place
    word reads); the list must open it, after punctuation or at the text's start."""
    if not _is_town(last_body):
        return None
    level = words("place_suffixes").ending(last_body)
    for size in _TOWN_SIZES:
        start = end - size
        if start < 0 or not all(is_cjk(c) for c in text[start:end]):
            return None
        opens = start == 0 or text[start - 1] in _LIST_OPENERS
        if opens and text[start:end].endswith(level) and _no_sentence_words(tokens, start, end):
            return Token(text[start:end], "ns", start, end)
    return None


#: jieba's tags of words no town's name holds: verbs, prepositions, conjunctions,
#: particles, adverbs, pronouns (来到甲镇: a sentence's verb before a town).
_SENTENCE_TAGS = ("v", "p", "c", "u", "d", "r")


def _no_sentence_words(tokens: list[Token], start: int, end: int) -> bool:
    """No word of ``tokens`` between ``start`` and ``end`` is a sentence's, and a word
    starts at ``start``."""
    inside = [t for t in tokens if start <= t.start < end]
    aligned = any(t.start == start for t in inside)
    return aligned and not any(t.tag.startswith(_SENTENCE_TAGS) for t in inside)


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
        placed = _is_place_word(span.body, tokens, span.start) or _is_town(span.body)
        if not span.body or not (levels or placed):
            out.append(span)
            continue
        members: list[OrgSpan] = []
        end = span.start - 1
        while end > 0 and text[end] == "、":
            token = next((t for t in tokens if t.end == end), None)
            level = levels and token is not None and token.word in words("place_markers")
            if token is None or not (level or _is_place_word(token.word, tokens, token.start)):
                token = _town_listed(text, end, span.body, tokens)
                if token is None:
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
