"""Where an organisation's name starts: the walk left from its suffix.

From the suffix (``reference/org_suffixes.yaml``) the walk takes jieba's words while they
can be part of a name (nouns, places, abbreviations; a verb only between a place and the
rest, as 排水 in 北京排水集团) and stops at function words, verbs, dates and counts
(:mod:`.walk_stops`).
Read by :mod:`.grammar`, which finds the suffixes and weighs the names.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.area_locatives import after_area_locative
from gonghui_build.extract.organisations.brands import (
    bracket_opening,
    brand_form,
    brand_split,
    brand_word,
    is_division,
    is_place,
    of_a_trade,
    place_of_brand,
)
from gonghui_build.extract.organisations.conjunction_brands import (
    brand_after_a_place_at_conjunction,
    brand_opening_at_conjunction,
)
from gonghui_build.extract.organisations.edges import (
    common_word_before,
    date_and_level,
    federation_after_whole_name,
    joiner_and_level,
    particle_and_level,
    split_brand_opening,
    whole_name_before,
)
from gonghui_build.extract.organisations.names import suffix_of, suffix_types, words
from gonghui_build.extract.organisations.opening_brands import word_brand_opening
from gonghui_build.extract.organisations.placed_brackets import brand_before_placed_bracket
from gonghui_build.extract.organisations.ranked_corps import lower_unit_of_a_ranked_corps
from gonghui_build.extract.organisations.stops import (
    in_name_compound,
    particle_and_first_character,
)
from gonghui_build.extract.organisations.walk_stops import NAME_TAGS, ends_name, visits_union_work
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import CJK, is_cjk
from gonghui_build.text.names import NAME_DOTS
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import UNION_TYPES

MAX_NAME = 30

#: Brackets a name never opens with.
_OPENING_BRACKETS = ("(", "（")


def token_index(tokens: list[Token], offset: int) -> int:
    """Index of the token containing ``offset``."""
    for i, t in enumerate(tokens):
        if t.start <= offset < t.end:
            return i
    return len(tokens)


@functools.cache
def _street_of_district() -> re.Pattern[str]:
    """A district and up to four characters after it, ending where the regex stops."""
    return re.compile(rf"(?:{lexicon.places().district_regex.pattern}){CJK}{{1,4}}$")


def walk_left(tokens: list[Token], start: int, text: str, suffix: str = "") -> int:
    """Where a name whose suffix (``suffix``) starts at ``start`` begins."""
    i = token_index(tokens, start)
    begin = start
    if i < len(tokens) and tokens[i].start < start:
        begin = tokens[i].start  # the suffix starts inside a word: 镇党委
    j = i - 1
    begin, j = _occupation_of_union(tokens, begin, j, text, suffix)
    while j >= 0:
        tok = tokens[j]
        if brand_opening_at_conjunction(tokens, j):
            begin = tokens[j - 1].start  # 。嘉|和|电力有限公司: a brand jieba cut at 和
            break
        if brand_split(tokens, j) or brand_after_a_place_at_conjunction(tokens, j, begin, start):
            begin, j = tok.start, j - 1  # 北京|鼎|和|百货, 黄岩|和|美|医院: a brand cut at 和
            continue
        if tok.word in words("place_markers"):
            begin, j = tok.start, j - 1
            if whole_name_before(text, tok.start):
                break  # 某市检察院|市总工会: a level word after a whole name opens another
            if common_word_before(tokens, j, begin):
                break  # 积极响应|区|总工会: the level word opens a short form
            continue
        if begin - tok.start > MAX_NAME:
            break
        if federation_after_whole_name(tokens, j, text, suffix) or lower_unit_of_a_ranked_corps(
            tokens, j, text
        ):
            begin = tok.start  # 某市人社局|某市|总工会: two names printed without a break;
            break  # 某省消防救援总队|某市|消防救援支队: a corps' two ranks in one chain
        opening = bracket_opening(tokens, j, text)
        if opening is not None:
            brand = brand_before_placed_bracket(tokens, opening, text, suffix)
            if brand is not None:
                begin = tokens[brand].start  # 某某精密铸造|（玉环）|有限公司
                break
            begin, j = tokens[opening].start, opening - 1
            continue
        if j > 0 and tokens[j - 1].word in words("own_places") and brand_word(tok, suffix):
            begin = tok.start  # 我市|临商|银行股份有限公司: the writer's city, then the name
            break
        if (
            particle_and_level(tok)
            or date_and_level(tokens, j)
            or joiner_and_level(text, tok.start, tok.end)
        ):
            begin = tok.end - 1  # 通过|了市|总工会, 6|日省|总工会: glued to the level
            break
        glued = _glued_opening(tokens, j, begin, start)
        if glued is not None:
            begin = glued
            break
        if _sentence_word_before_place(tokens, j, begin) and not word_brand_opening(
            tokens, j, text, start
        ):
            break  # 来到困难|企业|某县…公司, 成为|某区总工会…: the sentence's words
        if ends_name(tokens, j, text, start):
            if visits_union_work(tokens, j, text, start):
                break  # 某镇|调研|镇工会工作: the visit's verb, no brand after the place
            form = brand_form(text, tok.end, start, suffix)
            place = place_of_brand(tokens, j, form, of_a_trade(tokens, start, suffix))
            if place is None:
                break
            j = place
            continue
        begin, j = tok.start, j - 1
    return _settled_begin(tokens, begin, start, text)


def _settled_begin(tokens: list[Token], begin: int, start: int, text: str) -> int:
    """The walk's start moved over what the walk word by word cannot weigh: a
    transliterated name, a dotted brand, a division or a corps' division opening the
    name, an area before it, a street, a generic word."""
    begin = _after_transliterated_name(tokens, begin, start, text)
    begin = _dotted_brand_start(tokens, begin, text)
    begin = _division_start(text, begin, start)
    begin = _corps_division_start(text, begin, start)
    begin = after_area_locative(text, begin, start)  # 园区内|某公司: the area is no name's
    return _trim_generic(tokens, _street_start(tokens, begin, text), start, text)


def _glued_opening(tokens: list[Token], j: int, begin: int, start: int) -> int | None:
    """Where a name opens inside or just before the word ``tokens[j]`` that jieba glued to
    it: a particle glued to the name's first character (参观|了城|投|建工…), or a brand of
    two characters jieba cut into two verbs, opening a phrase (兴|达|机械厂). None: no
    such glue, the walk goes on."""
    inside = j + 1 < len(tokens) and tokens[j + 1].start < start
    if inside and particle_and_first_character(tokens[j]):
        return tokens[j].end - 1
    at_begin = j + 1 < len(tokens) and tokens[j + 1].start == begin
    if at_begin and split_brand_opening(tokens, j + 1):
        return tokens[j - 1].start
    return None


def _occupation_of_union(
    tokens: list[Token], begin: int, j: int, text: str, suffix: str
) -> tuple[int, int]:
    """(begin, j) past a union's occupation printed right before its suffix (某区|网约送餐员|
    联合工会: ``union_occupations``), whose words jieba cuts with a verb inside (送|餐员)
    that would end the walk; the word jieba glued across its start (区网) is the place's
    when it is a noun. Unchanged before any other suffix or word."""
    job = words("union_occupations").ending(text, begin)
    if job is None or suffix_types().get(suffix) not in UNION_TYPES:
        return begin, j
    at = begin - len(job)
    k = token_index(tokens, at)
    if k >= len(tokens) or tokens[k].start == at:
        return at, k - 1
    glued = tokens[k]
    if glued.tag.startswith(NAME_TAGS) and not glued.tag.startswith("v"):
        return glued.start, k - 1
    return at, -1


#: Parts of speech of a word of the language that says what is done or how (成为,
#: 困难), as jieba's dictionary reads it; a verbal noun (vn: 服务, 旅游) is left out, as
#: it is a trade's word in a company's name (某城市服务集团…某地分公司).
_SENTENCE_TAGS = ("v", "a", "d")
#: How common in jieba's dictionary a word must be to be read as the sentence's: the
#: trade words of brands (快递 100, 重工 89) are rare there, 成为 or 困难 are not.
COMMON_FREQUENCY = 1000


def _sentence_word_before_place(tokens: list[Token], j: int, begin: int) -> bool:
    """慰问组来到困难|企业|某自治县某公司, 某某成为|某区总工会…工作站: a common verb,
    adjective or adverb of the language (two characters or more, in jieba's dictionary)
    right before the place that opens the name, or before a kind of body (企业) and the
    place, is the sentence's, not the body's: a body's name may hold a verb after its
    place (北京|排水|集团), not a common one before it. The generic words it leaves
    (企业) are trimmed after the walk."""
    if j + 1 >= len(tokens) or tokens[j + 1].start != begin or tokens[j].end != begin:
        return False
    k = j + 1
    while k < len(tokens) - 1 and _kind_of_body(tokens[k].word):
        k += 1  # 困难|企业|某县: a kind of body between the word and the place
    if not (is_place(tokens[k]) or is_division(tokens[k].word)):
        return False
    tok = tokens[j]
    if len(tok.word) < 2 or not all(is_cjk(c) for c in tok.word):
        return False
    if tokenizer.frequency(tok.word) < COMMON_FREQUENCY or is_place(tok) or is_division(tok.word):
        return False
    known = tokenizer.dictionary_tag(tok.word) or tok.tag
    noun_verb = known == "vn" and not _full_division(tokens[k].word)
    sentence = known.startswith(_SENTENCE_TAGS) and not noun_verb
    return sentence and tok.word not in words("proper_words")


def _full_division(word: str) -> bool:
    """A division printed whole with its level (兴庆区, 某某县): a verb used as a noun
    right before it (…行动|兴庆区总工会, a headline's words run on once its blank is
    gone) is the sentence's too, as a body's name holds such a word after its place
    (北京|排水|集团), not before a whole division's name."""
    return len(word) >= 3 and words("place_markers").ending(word) is not None and is_division(word)


def _kind_of_body(word: str) -> bool:
    """A generic word for a kind of body (企业, 单位) that ends no name itself."""
    return word in words("generic_bodies") and suffix_of(word) is None


def _division_start(text: str, begin: int, start: int) -> int:
    """某市西乡|塘区, 某市新|吴|区: a division of China printed by its full name (three
    characters or more) that the walk entered from the right and left half-read, as
    jieba cuts a name it does not know, is read whole; and so is each full name of a
    division printed right before it (its prefecture, its province). A name of two
    characters (和县, 新县) is left out: its first character is as often a conjunction
    or an adjective that opens no name; nor is a verb glued to a level word after a
    body (会同县 of 县总工会会同县人社局: :func:`.edges.joiner_and_level`)."""
    mentions = [
        m
        for m in places.find_places(text)
        if m.full and m.end - m.start >= 3 and not joiner_and_level(text, m.start, m.end)
    ]
    inside = [m for m in mentions if m.start < begin < m.end <= start]
    if not inside:
        return begin
    begin = inside[0].start
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.end == begin:
            begin = m.start
    return begin


#: Characters of a Chinese numeral: a division's number does not go on to the left.
_NUMERAL_CHARACTERS = "零〇一二三四五六七八九十百千第"


def _corps_division_start(text: str, begin: int, start: int) -> int:
    """第十一|师|总工会, 一师|阿拉尔市总工会: a division of the Xinjiang Production and
    Construction Corps (``corps_divisions``) printed right before the name, or whose 师
    the walk took alone, opens it, as jieba cuts its numeral off and the walk stops at a
    numeral; not the tail of a larger number (二十一师)."""
    end = begin + 1 if text[begin:start].startswith("师") else begin
    division = words("corps_divisions").ending(text, end)
    if division is None:
        return begin
    at = end - len(division)
    if at > 0 and text[at - 1] in _NUMERAL_CHARACTERS:
        return begin
    return at


def _after_transliterated_name(tokens: list[Token], begin: int, start: int, text: str) -> int:
    """某某·某某|某市某公司 (a list of people and their bodies printed without a break):
    the words right after a transliterated name's middle dot are its last part, no part
    of the body's name; the name begins at the first place after them."""
    if begin == 0 or text[begin - 1] not in NAME_DOTS:
        return begin
    k = token_index(tokens, begin)
    for tok in tokens[k + 1 :]:
        if tok.start >= start:
            break
        if is_place(tok):
            return tok.start
    return begin


#: Parts of speech of a word that opens a brand before its place (老|青岛, 大美|青岛).
_BRAND_MODIFIER_TAGS = ("a", "m")


def _dotted_brand_start(tokens: list[Token], begin: int, text: str) -> int:
    """老青岛·上街里工会联合会: a brand of two parts joined by a middle dot whose first
    part is a place (with one short word before it: 老, 大美) opening the list's item or
    the sentence. The walk stops at the dot, which in a person's transliterated name
    ends the person's words (:func:`_after_transliterated_name`); a place before it is a
    brand's, and the name begins there. Not after any other word (在|青岛·…)."""
    if begin == 0 or text[begin - 1] not in NAME_DOTS:
        return begin
    k = token_index(tokens, begin - 1)
    if k == 0 or tokens[k].start != begin - 1 or not is_place(tokens[k - 1]):
        return begin
    j = k - 1
    before = tokens[j - 1] if j > 0 else None
    if before and before.tag.startswith(_BRAND_MODIFIER_TAGS) and len(before.word) <= 2:
        j -= 1
    if j > 0 and all(is_cjk(c) for c in tokens[j - 1].word):
        return begin  # the brand must open its item: 在|青岛·… is the sentence's
    return tokens[j].start


def _street_start(tokens: list[Token], begin: int, text: str) -> int:
    """A street or town between its district and its suffix may be any characters
    (海淀区|上|地|街道): the name starts at the district."""
    k = token_index(tokens, begin)
    if k < len(tokens) and tokens[k].word in words("place_suffixes"):
        before = _street_of_district().search(text, max(0, begin - MAX_NAME), begin)
        if before and not words("left_stops").regex.search(before.group(0)):
            return before.start()
    return begin


def _word_named(word: str) -> bool:
    """城区, 矿区: a division whose full name is a word of the language."""
    return any(d.name == word and d.name_word for d in places.lookup(word))


def _trim_generic(tokens: list[Token], begin: int, start: int, text: str) -> int:
    """Generic words on the left are no part of a name: 全区各级工会 → nothing; nor
    is a bracket the generic words leave first (企业（集团）工会: a kind of union). The
    national bodies 全国 opens (``national_bodies``: 全国|人大代表) keep it. A district
    whose name is a word (城区) after a generic word is that word's kind of area (全市|
    城区|总工会: the city's urban districts), not the district."""
    trimmed = False
    while begin < start:
        if words("national_bodies").starting(text, begin):
            break  # 全国|人大代表: the generic 全国 opens the national congress's name
        k = token_index(tokens, begin)
        generic = k < len(tokens) and (
            tokens[k].word in words("generic_bodies") or (trimmed and _word_named(tokens[k].word))
        )
        if generic and tokens[k].end <= start and not in_name_compound(tokens, k):
            begin = tokens[k].end  # but 新|就业|形态: a fixed term opens the name
            trimmed = True
        else:
            break
    k = token_index(tokens, begin)
    opens_bracket = begin < start and k < len(tokens) and tokens[k].word in _OPENING_BRACKETS
    return start if opens_bracket else begin
