"""Where an organisation's name starts: the walk left from its suffix.

From the suffix (``reference/org_suffixes.yaml``) the walk takes jieba's words while they
can be part of a name (nouns, places, abbreviations; a verb only between a place and the
rest, as 排水 in 北京排水集团) and stops at function words, verbs, dates and counts.
Read by :mod:`.grammar`, which finds the suffixes and weighs the names.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import (
    BRAND_STOP_TAGS,
    bracket_opening,
    brand_form,
    brand_split,
    brand_word,
    is_city_word,
    is_division,
    is_place,
    job_of_branch,
    of_a_trade,
    place_of_brand,
)
from gonghui_build.extract.organisations.edges import (
    common_word_before,
    date_and_level,
    federation_after_whole_name,
    number_of_unit,
    opens_zone_word,
    ordinal_of_unit,
    particle_and_level,
    suffix_cut_before,
    whole_name_after,
    whole_name_before,
)
from gonghui_build.extract.organisations.names import peoples_cell, suffix_of, suffix_types, words
from gonghui_build.extract.organisations.stops import (
    adverb_and_stop,
    in_name_compound,
    particle_and_first_character,
)
from gonghui_build.extract.organisations.street_names import (
    community_name_word,
    misread_street_name,
)
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import CJK, is_cjk
from gonghui_build.text.names import NAME_DOTS
from gonghui_build.text.names import NAME_TAGS as PERSON_TAGS
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import UNION_TYPES


def _full_personal_name(token: Token) -> bool:
    """A word jieba tags as a person's name, of a full name's three characters."""
    return token.tag in PERSON_TAGS and len(token.word) == 3


#: Parts of speech that can be part of an organisation name.
NAME_TAGS = (
    *("n", "j", "b", "vn", "an", "eng", "s", "m"),
    *("nz", "nt", "ns", "nr", "ng", "l", "g", "zg"),
)
#: Parts of speech of the function words that end a phrase (的, 和, 在).
PHRASE_END_TAGS = ("uj", "c", "p")
MAX_NAME = 30

#: Brackets a name never opens with.
_OPENING_BRACKETS = ("(", "（")
#: A term before a body, numbered (新一届|县工会) or not (上届|工会主席): no part of the name.
_TERM = re.compile(r"(?:新|第|本|上|下)?[一二三四五六七八九十百零〇\d]+[次届]|[上本下]届")


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


def _first_of_place(tokens: list[Token], j: int) -> bool:
    """A one-character word (no verb, no function word) before a two-character word
    that ends with a place's level (禾区, 溪县): the first character of a place name
    jieba does not know. Right after a county or district, a town's first character
    may be any word but a function word (某县|跃|岭镇: jieba reads 跃 as a verb)."""
    tok = tokens[j]
    if len(tok.word) != 1 or not is_cjk(tok.word) or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if len(after.word) != 2 or after.start != tok.end or tok.word in words("left_stops"):
        return False
    if after.word[-1] in words("district_markers"):
        return not tok.tag.startswith(("v", *BRAND_STOP_TAGS))
    town = after.word[-1] in words("place_suffixes") and j > 0 and tokens[j - 1].end == tok.start
    return town and _county_before(tokens[j - 1]) and tok.tag not in PHRASE_END_TAGS


def _county_before(token: Token) -> bool:
    """A county's or a district's name (a place ending with its level word), or its
    level word alone (青石|县: a county jieba cuts before its level)."""
    if token.word in words("district_markers"):
        return True
    level = token.word[-1:] in words("district_markers") and len(token.word) > 1
    return level and (is_place(token) or is_division(token.word))


def _titled_person(tokens: list[Token], j: int) -> bool:
    """A person's name (a word jieba reads as one, of two or three characters) right
    after a title: the title chain of a person, which no organisation's name holds."""
    tok = tokens[j]
    if tok.tag not in PERSON_TAGS or not 2 <= len(tok.word) <= 3 or j == 0:
        return False
    before = tokens[j - 1].word  # 书记, or one word with its body: 市委书记
    title = any(lexicon.titles().regex.fullmatch(before, k) for k in range(len(before)))
    return tokens[j - 1].end == tok.start and title


def _level_after(tokens: list[Token], j: int) -> bool:
    """A place's level word (区, 县) right after ``tokens[j]``: 新建|区 is a place's name
    jieba cut before its level, not the verb 新建."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        after is not None
        and after.start == tokens[j].end
        and after.word in words("district_markers")
    )


def _ends_name(tokens: list[Token], j: int, text: str, start: int) -> bool:
    """Whether the word ``tokens[j]`` before a name's suffix (at ``start``) is no part
    of the name."""
    tok = tokens[j]
    if opens_zone_word(tokens, j) or suffix_cut_before(text, tokens, j):
        return False  # 某市经|开区总工会, 某公路|段|工会: a zone's word, a body's suffix jieba cut
    if tok.word in words("left_stops") and in_name_compound(tokens, j):
        return False  # 中西医|结合|医院: a fixed term of the name holds the stop word
    if tok.word in words("left_stops") or not all(is_cjk(c) or c.isalnum() for c in tok.word):
        return True
    if adverb_and_stop(tok.word):
        return True  # 紧紧围绕|公司中心工作: jieba's one word of an adverb and a stop word
    if tok.word in lexicon.words("holidays.yaml", "holidays"):
        return True  # 护士节|某医院工会: the day the article tells of, no part of the name
    if number_of_unit(tokens, j) or ordinal_of_unit(tokens, j) or job_of_branch(tokens, j):
        return False  # 312|地质队工会, 钻井|二|公司, 集团|运行|分公司: a unit's number, order, job
    if j + 1 < len(tokens) and ordinal_of_unit(tokens, j + 1):
        return False  # 某油田|采油|三|厂: the unit's trade, whatever jieba tags it
    if tok.word in words("founding_verbs"):
        return not _level_after(tokens, j)  # 某区新建|基层工会86个; not 新建|区总工会
    if tok.word in words("parallel_bodies") and (
        words("full_bodies").starting(text, start) or words("parallel_bodies").starting(text, start)
    ):
        return True  # 市委市政府, 省委市委: two bodies side by side
    if len(tok.word) > 1 and tok.word in words("level_endings"):
        # 煤炭系统|某能源有限公司: a sector before the name; but right before a union's
        # suffix the sector is the union's own (某市建设|系统|工会), weighed by the grammar
        return not (tok.end == start and tok.word in words("sector_endings"))
    if peoples_cell(text, tok.start) == tok.word:
        return True  # 某某女|彝族|某县医院: a row's person, not the body's place
    if _titled_person(tokens, j):
        return True  # 某区党工委书记|某某某|…公司: a person and the title before, no name
    if _TERM.fullmatch(tok.word):
        return True  # 新一届县工会: a term of the body, not its name
    if not tok.tag.startswith(NAME_TAGS) and (is_division(tok.word) or is_city_word(tok.word)):
        return False  # 南靖/t 某科技有限公司, 大同/d 齿轮厂: a place's short form jieba misreads
    if _first_of_place(tokens, j):
        return False  # 青|禾区总工会: a place jieba does not know, cut after its first character
    if misread_street_name(tokens, j) or community_name_word(tokens, j):
        return False  # 东四|街道, 堡子|里|村, 某街道|重聚|园|社区: a place's name jieba misreads
    return _ends_by_word_class(tokens, j, tok)


def _ends_by_word_class(tokens: list[Token], j: int, tok: Token) -> bool:
    """Whether ``tok`` ends a name by what kind of word it is, once no fixed term,
    place or unit word has kept it: a verb or a word of no name's tag (save a
    company's brand after its place), a count, a date or a measure word."""
    known = tokenizer.dictionary_tag(tok.word) or tok.tag
    verb = (tok.tag.startswith("v") and tok.tag != "vn") or (
        known.startswith("v") and known != "vn"
    )
    if verb and j + 1 < len(tokens) and words("place_markers").starting(tokens[j + 1].word):
        return True  # 某某当选|县|总工会: a bare level word opens a short form
    if verb and whole_name_after(tokens, j):
        return True  # 某某宣读|全国总工会…部: a verb before a whole name is the sentence's
    unnamed = verb or not tok.tag.startswith(NAME_TAGS)  # a word no name is made of
    if unnamed and in_name_compound(tokens, j):
        return False  # 厂务|公开|工作领导小组: a fixed term of the name holds the word
    if unnamed:
        # a company's brand (字号) after its place may be any word: 北京|排水|集团,
        # 北京|宏远|建设办公室; elsewhere a verb or adjective ends the name. A
        # one-character brand word right after the place (北京|亦|城智能电气有限公司)
        # is part of the name whatever jieba tags it, unless it ends a phrase (的, 和)
        # … but a verb after a person's full name is what the person did (某某某|当选|
        # …委员会); a two-character word jieba reads as a name is often a brand (某祺|出行)
        after_place = j > 0 and is_place(tokens[j - 1])
        after_place = after_place and not (verb and _full_personal_name(tokens[j - 1]))
        brand_char = (
            after_place
            and len(tok.word) == 1
            and is_cjk(tok.word)
            and tok.tag not in PHRASE_END_TAGS
        )
        if not after_place or (tok.tag.startswith(BRAND_STOP_TAGS) and not brand_char):
            return True
    if tok.tag == "m" and re.fullmatch(r"[\d.]+", tok.word):
        return True  # 22名专职工会: a count, not a name (八角, 二七 are names)
    dated = tok.tag in ("t", "m") or len(tok.word) == 1 or tok.word in words("time_words")
    if words("time_words").ending(tok.word) and dated:
        return True  # 2013年市园林绿化局, 今年…: a date before the name (东四街道 is a name)
    return tok.tag == "q" or (
        tok.word[-1] in words("measure_characters") and tok.tag in ("m", "q", "n")
    )


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
        if brand_split(tokens, j) or tok.word in words("place_markers"):
            begin, j = tok.start, j - 1
            if tok.word in words("place_markers") and whole_name_before(text, tok.start):
                break  # 某市检察院|市总工会: a level word after a whole name opens another
            if tok.word in words("place_markers") and common_word_before(tokens, j, begin):
                break  # 积极响应|区|总工会: the level word opens a short form
            continue
        if begin - tok.start > MAX_NAME:
            break
        if federation_after_whole_name(tokens, j, text, suffix):
            begin = tok.start
            break  # 某市人社局|某市|总工会: two names printed without a break
        opening = bracket_opening(tokens, j, text)
        if opening is not None:
            begin, j = tokens[opening].start, opening - 1
            continue
        if j > 0 and tokens[j - 1].word in words("own_places") and brand_word(tok, suffix):
            begin = tok.start  # 我市|临商|银行股份有限公司: the writer's city, then the name
            break
        if particle_and_level(tok) or date_and_level(tokens, j):
            begin = tok.end - 1  # 通过|了市|总工会, 6|日省|总工会: glued to the level
            break
        if (
            j + 1 < len(tokens)
            and tokens[j + 1].start < start
            and particle_and_first_character(tok)
        ):
            begin = tok.end - 1  # 参观|了城|投|建工…: glued to the name's first character
            break
        if _sentence_word_before_place(tokens, j, begin):
            break  # 来到困难|企业|某县…公司, 成为|某区总工会…: the sentence's words
        if _ends_name(tokens, j, text, start):
            form = brand_form(text, tok.end, start, suffix)
            place = place_of_brand(tokens, j, form, of_a_trade(tokens, start, suffix))
            if place is None:
                break
            j = place
            continue
        begin, j = tok.start, j - 1
    begin = _after_transliterated_name(tokens, begin, start, text)
    begin = _division_start(text, begin, start)
    return _trim_generic(tokens, _street_start(tokens, begin, text), start)


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
    sentence = known.startswith(_SENTENCE_TAGS) and known != "vn"
    return sentence and tok.word not in words("proper_words")


def _kind_of_body(word: str) -> bool:
    """A generic word for a kind of body (企业, 单位) that ends no name itself."""
    return word in words("generic_bodies") and suffix_of(word) is None


def _division_start(text: str, begin: int, start: int) -> int:
    """某市西乡|塘区, 某市新|吴|区: a division of China printed by its full name (three
    characters or more) that the walk entered from the right and left half-read, as
    jieba cuts a name it does not know, is read whole; and so is each full name of a
    division printed right before it (its prefecture, its province). A name of two
    characters (和县, 新县) is left out: its first character is as often a conjunction
    or an adjective that opens no name."""
    mentions = [m for m in places.find_places(text) if m.full and m.end - m.start >= 3]
    inside = [m for m in mentions if m.start < begin < m.end <= start]
    if not inside:
        return begin
    begin = inside[0].start
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.end == begin:
            begin = m.start
    return begin


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


def _street_start(tokens: list[Token], begin: int, text: str) -> int:
    """A street or town between its district and its suffix may be any characters
    (海淀区|上|地|街道): the name starts at the district."""
    k = token_index(tokens, begin)
    if k < len(tokens) and tokens[k].word in words("place_suffixes"):
        before = _street_of_district().search(text, max(0, begin - MAX_NAME), begin)
        if before and not words("left_stops").regex.search(before.group(0)):
            return before.start()
    return begin


def _trim_generic(tokens: list[Token], begin: int, start: int) -> int:
    """Generic words on the left are no part of a name: 全区各级工会 → nothing; nor
    is a bracket the generic words leave first (企业（集团）工会: a kind of union)."""
    while begin < start:
        k = token_index(tokens, begin)
        generic = k < len(tokens) and tokens[k].word in words("generic_bodies")
        if generic and tokens[k].end <= start and not in_name_compound(tokens, k):
            begin = tokens[k].end  # but 新|就业|形态: a fixed term opens the name
        else:
            break
    k = token_index(tokens, begin)
    opens_bracket = begin < start and k < len(tokens) and tokens[k].word in _OPENING_BRACKETS
    return start if opens_bracket else begin
