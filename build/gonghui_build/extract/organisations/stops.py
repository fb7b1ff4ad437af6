"""Suffixes found in a text that end no organisation's name: a town's level word inside
the name of a division of China (某市西乡塘区), a suffix opening a common noun (中心城市),
and a union after bare level words listed (市、县工会: a kind of union). Read by
:mod:`.grammar` before it walks left from a suffix.
"""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.organisations.names import words
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token


def inside_a_place(text: str, match: re.Match[str]) -> bool:
    """某市西乡|塘区: a town's or a street's level word inside the name of a division of
    China printed whole (a district whose name holds 乡 or 镇) ends no name."""
    if match.group(0) not in words("place_suffixes"):
        return False
    return any(m.start < match.start() and match.end() < m.end for m in _places_in(text))


def opens_a_compound(text: str, match: re.Match[str]) -> bool:
    """建成某某区域性|中心城市: a suffix that opens a common noun (``suffix_compounds``:
    中心城市, 中心任务) modifies it and ends no name; jieba cuts 中心|城市 in two, so the
    walk from 中心 read a verb's object (建设…区域中心) as a body."""
    compound = words("suffix_compounds").starting(text, match.start())
    if compound is None or len(compound) <= len(match.group(0)):
        return False
    # 某服务中心|工作人员: the compound's last word opens a longer one, the centre's staff
    return words("compound_openers_of_words").starting(text, match.end()) is None


@functools.lru_cache(maxsize=1024)
def _places_in(text: str) -> tuple[places.PlaceMention, ...]:
    """The places of ``text``, read once for all the suffixes a paragraph holds."""
    return places.find_places(text)


def levels_listed(text: str, start: int, body: str, suffix: str) -> bool:
    """市、县工会, 省、市、县工会: the unions of the levels listed (工会 after bare level
    words joined by 、), a kind of union, as 市县工会 is (a federation, 市、区总工会, is
    the one body of each level and is read as printed)."""
    if suffix not in words("union_suffix") or body not in words("place_markers"):
        return False
    before = text[max(0, start - 2) : start]
    return len(before) == 2 and before[1] == "、" and before[0] in words("place_markers")


def in_name_compound(tokens: list[Token], j: int) -> bool:
    """中西医|结合|医院: whether ``tokens[j]`` lies inside a fixed term of a body's name
    (``name_compounds``) that jieba cut into words; a stop word there (结合) is the name's,
    not the sentence's, so the name neither ends nor is refused at it."""
    tok = tokens[j]
    near = tokens[max(0, j - 3) : j + 4]
    for compound in words("name_compounds"):
        lo = tok.end - len(compound)
        if any(
            t.start >= lo
            and t.start <= tok.start
            and _joined(near, t.start, len(compound)) == compound
            for t in near
        ):
            return True
    return False


def _joined(tokens: list[Token], start: int, size: int) -> str:
    """The characters of ``tokens`` from offset ``start``, ``size`` of them at most."""
    return "".join(t.word for t in tokens if t.start >= start)[:size]


def adverb_and_stop(word: str) -> bool:
    """紧紧围绕, 积极配合: a word jieba reads whole (an idiom) of an adverb of its
    dictionary and a stop word of two characters or more (``left_stops``)."""
    stop = words("left_stops").ending(word)
    if stop is None or len(stop) < 2 or len(word) == len(stop):
        return False
    return (tokenizer.dictionary_tag(word[: -len(stop)]) or "").startswith("d")


def copula_idiom(tok: Token) -> bool:
    """A phrase jieba reads whole as an idiom (l) that ends with the copula 是 (如今已是,
    真不愧是, 有的是): the sentence's predicate, never part of a name after it (某某如今
    已是|某公司工会主席: the person's present unit, not a body 如今已是某公司工会)."""
    return tok.tag == "l" and len(tok.word) > 1 and tok.word.endswith("是")


def particle_and_first_character(tok: Token) -> bool:
    """A word jieba makes up (none of its dictionary) of a particle and the first
    character of a name it does not know (参观了城投建工…: 了城|投|建工): the particle
    is the sentence's, the character opens the name, as with a level word (了市)."""
    word = tok.word
    return (
        len(word) == 2
        and word[0] in words("glued_particles")
        and is_cjk(word[1])
        and not tokenizer.frequency(word)
    )


def dictionary_verb(word: str, at_least: int) -> bool:
    """Whether ``word`` is a verb of jieba's dictionary (not a verbal noun, vn) seen there
    ``at_least`` times: a common verb of the language is the sentence's, not a name's."""
    tag = tokenizer.dictionary_tag(word) or ""
    return tokenizer.is_verb_tag(tag) and tokenizer.frequency(word) >= at_least
