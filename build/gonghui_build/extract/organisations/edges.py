"""Where an organisation's name starts, in the shapes jieba's words hide it.

A bare level word (市, 区, 县) opens a short form even when jieba glues a particle to
it (了市) or an anaphor stands before it (该区); a body jieba reads as one word (科技局)
is a body of the place right before it; every suffix is read, overlapping ones too
(女职工委员会 holds 工委); a trade word jieba joins to 厂 or 局 after a place is a
factory's or a bureau's name; a level word or a division's name right after a whole
name, or after a word of the language (积极响应|区总工会), opens a name of its own. Read by
:mod:`.grammar` and :mod:`.walk`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Protocol

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import is_city_word, is_division, is_place
from gonghui_build.extract.organisations.names import suffix_of, suffix_types, words
from gonghui_build.extract.organisations.unit_numbers import ordinal_of_unit
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import OrgType


def after_a_place(tokens: list[Token], k: int) -> bool:
    """A word right after a place or a bare level word (市|科技局, 某市|水利局): a body
    of that place, where the same word alone (大局, 格局) is none."""
    if k == 0 or tokens[k - 1].end != tokens[k].start:
        return False
    before = tokens[k - 1]
    marker = before.word in words("place_markers") and before.word not in words("own_places")
    return marker or before.tag == "ns" or is_division(before.word) or is_city_word(before.word)


def particle_and_level(tok: Token) -> bool:
    """A word jieba makes of a particle and a bare level word (了市, 的区), or of a word
    of when a post was held and one (原区: 原区总工会副主席某某, ``titles.yaml``
    tenure_marks): the level word opens a short form, the word before is no part of it
    (the body's name is the level's, not a former body's), or of a one-character verb
    that ends a name (``left_stops``: 出席会议的有区总工会领导, jieba's 有区)."""
    word = tok.word
    if len(word) != 2 or word[1] not in words("place_markers"):
        return False
    return (
        word[0] in words("glued_particles")
        or word[0] in words("left_stops")
        or word[0] in lexicon.words("titles.yaml", "tenure_marks")
    )


def joiner_and_level(text: str, start: int, end: int) -> bool:
    """A word jieba makes of a verb that joins two bodies and a bare level word, right
    after a body's name (县总工会|会同县|人社局: the verb 会同 and 县, not the county
    会同县 of Hunan; ``level_body_joiners``): the level word opens the next body's short
    form. A place of that spelling printed after no body (会同县总工会) is the place."""
    joiner = words("level_body_joiners").starting(text, start)
    if joiner is None or suffix_of(text, start) is None:
        return False
    return text[start + len(joiner) : end] in words("place_markers")


def date_and_level(tokens: list[Token], j: int) -> bool:
    """A word jieba makes of a date's last unit and a bare level word after a number
    (1月6日|省总工会 read 日省, 2013年|市总工会 read 年市): the date ends before the
    level word, which opens a short form."""
    word = tokens[j].word
    if (
        len(word) != 2
        or word[0] not in words("time_words")
        or word[1] not in words("place_markers")
    ):
        return False
    before = tokens[j - 1] if j > 0 else None
    number = before is not None and (before.word.isdigit() or before.tag == "m")
    return number and before.end == tokens[j].start


def level_of_anaphor(text: str, begin: int, start: int) -> int:
    """该区总工会, 该县总工会: the level word after an anaphor opens a short form of the
    place the article names (the anaphor itself is no part of the name)."""
    if begin != start:
        return begin
    for level in words("place_markers"):
        at = start - len(level)
        if text.startswith(level, at) and words("anaphors").ending(text, at):
            return at
    return begin


@functools.cache
def suffix_re() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon.alternation(suffix_types())})")


@functools.cache
def suffix_starts() -> re.Pattern[str]:
    return re.compile(f"(?=(?:{lexicon.alternation(suffix_types())}))")


def suffix_matches(text: str) -> list[re.Match[str]]:
    """Every suffix in ``text``, overlapping ones too: in 女职工委员会 the 工委 found
    first must not hide the 委员会 that ends the name (职|工委|员会)."""
    suffix = suffix_re()
    found = (suffix.match(text, m.start()) for m in suffix_starts().finditer(text))
    return [m for m in found if m is not None]


def trade_unit_after_name(tokens: list[Token], k: int, match: re.Match[str]) -> bool:
    """某地|红光|仪表厂, 大连|海湾|船舶|修造厂, 某市|文化|广电|旅游局: a word of a trade
    and a unit's or a bureau's suffix (厂, 矿, 局) that jieba reads as one word, with a
    place or a proper word right before, or a unit's order after its parent's name
    (某公司|第二|炼油厂): a factory's or a bureau's name (the same word alone, 修造厂,
    names none)."""
    left = tokens[k].word[: match.start() - tokens[k].start]
    kinds = (OrgType.company, OrgType.government)
    unit = suffix_types().get(match.group(0)) in kinds and len(left) >= 2
    bureau = suffix_types().get(match.group(0)) == OrgType.government
    if unit and bureau and _ends_with_a_word_of_the_suffix(left, match.group(0)):
        return False  # 服务|大局: the suffix is the end of another word
    before = tokens[max(0, k - 2) : k]
    ordered = k > 0 and ordinal_of_unit(tokens, k - 1)  # 某石化公司|第二|炼油厂
    placed = any(is_place(t) or is_division(t.word) for t in before)
    return unit and (ordered or placed or split_brand_opening(tokens, k))


def split_brand_opening(tokens: list[Token], k: int) -> bool:
    """兴|达|机械厂: a brand of two characters jieba cut into two one-character verbs (a
    lead of s37's morning review), glued to the trade unit and opening a phrase (after
    punctuation or at the text's start): a factory's name, no function word among them."""
    if k < 2 or (k > 2 and tokens[k - 3].tag != "x"):
        return False
    pair = tokens[k - 2 : k]
    glued = pair[0].end == pair[1].start and pair[1].end == tokens[k].start
    stops = (*words("left_stops"), *words("glued_particles"))
    single = all(len(t.word) == 1 and is_cjk(t.word) and t.word not in stops for t in pair)
    return glued and single and all(t.tag == "v" for t in pair)  # not 建|好/a: a result


def _ends_with_a_word_of_the_suffix(left: str, suffix: str) -> bool:
    """服务大局: a word of two characters or more, then a word of the language that a
    bureau's suffix ends (大局, 全局): jieba's one word is two, and no bureau's name
    (财政局, 统计局: one character before the word 政局). Read for 局 only: the words
    厂 ends (水厂, 电厂, 酒厂) are factories."""
    head, tail = left[:-1], left[-1] + suffix
    return len(head) >= 2 and bool(tokenizer.frequency(head)) and bool(tokenizer.frequency(tail))


def caption_title_after(text: str, end: int) -> bool:
    """X公司工会主席 尉迟兰: in a caption or speaker line the title after the suffix is
    followed by a space and the name, and jieba's one word 工会主席 hides the suffix."""
    title = lexicon.titles().regex.match(text, end)
    return bool(title) and text[title.end() : title.end() + 1] in (" ", "\u3000")


#: How far back the name of a unit glued to a union's suffix is read (a mine's name with
#: the bureau or group before it: 某某矿务局某某矿).
_GLUED_REACH = 30


class _Span(Protocol):
    start: int
    end: int


def glued_unit_start(
    text: str, match: re.Match[str], tokens: list[Token], find: Callable[[str], Sequence[_Span]]
) -> int | None:
    """某矿务局王家坪矿|工会, jieba's 矿工|会: a union's suffix whose first character jieba
    reads into one word with a unit's one-character suffix before it (矿工, a miner) is
    the union of the unit named right before it. The unit's name is read on the text
    that ends at its suffix, where jieba no longer joins it to the union's, and the union
    begins where that name begins; None when no particular unit ends there (老矿工会上,
    各矿工会, 该矿工会: a miner, or a generic reference)."""
    start = match.start()
    if suffix_types().get(match.group(0)) != OrgType.union:
        return None
    word = next((t for t in tokens if t.start <= start < t.end), None)
    if word is None or word.start != start - 1:
        return None
    if suffix_types().get(text[start - 1]) != OrgType.company:
        return None
    head_at = max(0, start - _GLUED_REACH)
    names = [s for s in find(text[head_at:start]) if s.end == start - head_at]
    return head_at + names[-1].start if names else None


def after_location(tokens: list[Token], begin: int, start: int) -> int:
    """河北|廊坊|中国石油…学院: places printed before a name that opens with the
    country's name (``national_openers``: 中国, 中华) are where the body is, not part of
    its name; the name begins at the country's name."""
    inside = [t for t in tokens if begin <= t.start and t.end <= start]
    for k, t in enumerate(inside):
        if k and t.word in words("national_openers"):
            return t.start if all(is_place(x) or is_division(x.word) for x in inside[:k]) else begin
    return begin


#: The verb ending a word of tenure (``titles.yaml`` tenure_marks: 曾任, 原任, 时任).
_HELD = "任"


def after_tenure_verb(text: str, begin: int, start: int) -> int:
    """曾任|某机械厂工会: a word of tenure ending in the verb 任 (``titles.yaml``
    tenure_marks: 曾任, 原任, 时任, 现任), or the former post's 原 (原|某厂工会主席), that
    jieba glued to the body's first characters (曾任青 read as a person) is no part of
    the body; it begins after the word."""
    mark = lexicon.words("titles.yaml", "tenure_marks").starting(text, begin)
    if not mark or begin + len(mark) >= start:
        return begin
    if mark.endswith(_HELD) or (mark == _FORMER and not _former_opens_word(text, begin)):
        return begin + len(mark)
    return begin


#: The mark of a former post (tenure_marks: 原某厂工会主席某某), glued by jieba to the
#: body's first characters (原华强/nr, 原西/n): the body opens after it.
_FORMER = "原"


def _former_opens_word(text: str, begin: int) -> bool:
    """原 opens a word of the name: a place (原平市, 原阳县) or a noun of jieba's
    dictionary (原子能…, 原煤…)."""
    pair = text[begin : begin + 2]
    return is_division(pair) or tokenizer.dictionary_tag(pair) is not None


def after_joiner(text: str, begin: int, start: int) -> int:
    """某某竞赛暨某某矿…: a formal conjunction (``name_joiners``: 暨) joins two events or
    two bodies and is no part of a name; a name read across it begins after its last
    one. jieba tags 暨 as an organisation or glues it to the word after, so the walk
    does not stop there. A name that opens with it (``joiner_names``: 暨南大学) keeps it."""
    for k in range(start - 1, begin - 1, -1):
        if text[k] in words("name_joiners") and not words("joiner_names").starting(text, k):
            return k + 1
    return begin


def whole_name_after(tokens: list[Token], j: int) -> bool:
    """A whole organisation's name right after ``tokens[j]``, as jieba reads it (全国总工会/nt):
    a brand's verb (北京|排水|集团) stands between a place and the rest of one name, never
    before a name that is whole by itself."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is None or after.start != tokens[j].end or len(after.word) < 3:
        return False
    return after.tag == "nt" and suffix_of(after.word) is not None


def level_department(left: str) -> bool:
    """省公安|厅, 市民政|局: jieba's one word of a bare level word, a department's field of
    two characters or more and its one-character suffix (省公安厅/n) is a province's or a
    city's department, read in context like 省科学技术厅 (格|局, 当|局 open with none)."""
    level = words("place_markers").starting(left)
    return level is not None and len(left) - len(level) >= 2 and all(map(is_cjk, left))


def splits_zone_word(text: str, at: int) -> bool:
    """A cut at ``at`` falls inside a zone's short form (吴中经|开区总工会: the model and
    jieba read 经 as a preposition, and a roster line 吴中经 as a person's name)."""
    zones = words("zone_short_forms")
    return any(text.startswith(z, at - k) for z in zones.words for k in range(1, len(z)))


def opens_zone_word(tokens: list[Token], j: int) -> bool:
    """``tokens[j]`` and the word right after it make a zone's short form (经|开区 of
    经开区): jieba reads the first character as a preposition, which would end the name
    there and leave 开区 as its place."""
    if j + 1 >= len(tokens) or tokens[j + 1].start != tokens[j].end:
        return False
    return tokens[j].word + tokens[j + 1].word in words("zone_short_forms")


def zone_rank(text: str, tokens: list[Token], j: int) -> bool:
    """``tokens[j]`` is a state-level zone's rank (``zone_ranks``) printed right before
    the zone's kind (衡阳|国家|高新区, 某市|国家级|经开区): part of the zone's name, where
    jieba's 国家 would otherwise read as a count (家, as in 三家企业) and end the name."""
    if tokens[j].word not in words("zone_ranks"):
        return False
    return words("zone_kinds").starting(text, tokens[j].end) is not None


def suffix_cut_before(text: str, tokens: list[Token], j: int) -> bool:
    """A body's suffix of whole words ends with ``tokens[j]``, a word jieba cut off it
    (公路|段, 段 read as a measure word): the body is part of the name of the union
    after it (某公路段|工会), not a count. A suffix that starts inside a word is none."""
    token = tokens[j]
    suffix = suffix_of(text, token.end)
    if suffix is None or len(suffix) <= len(token.word):
        return False
    if any(t.start == token.end - len(suffix) for t in tokens[max(j - 3, 0) : j]):
        return True
    # 县委|办|工会, 县政府|办|工会: a body's office (委办, 政府办) whose suffix starts inside
    # the body's own word, itself a body (县委, 县政府: a suffix ends it)
    before = tokens[j - 1] if j > 0 else None
    return (
        before is not None
        and before.end == token.start
        and before.start < token.end - len(suffix)
        and suffix_of(text, before.end) is not None
    )


def common_word_before(tokens: list[Token], j: int, begin: int) -> bool:
    """积极响应|区|总工会, 支持|市|总工会: a word of the language (in jieba's dictionary:
    three characters or more, or a verb, adjective or adverb of two) that is no place
    right before a bare level word of a division (市, 区, 县, 省…): the level word opens
    a short form and the word belongs to the sentence. A place's own name before its
    level may be a noun of two characters (青石|县, a county jieba reads as a common
    word), and a town's or a street's level (镇, 乡) is left out: their names are common
    words (百合|镇) that no place list holds."""
    if j < 0:
        return False
    tok = tokens[j]
    level = tokens[j + 1].word
    if level in words("place_suffixes") or tok.end != begin or len(tok.word) < 2:
        return False
    if not all(is_cjk(c) for c in tok.word) or not tokenizer.frequency(tok.word):
        return False
    known = tokenizer.dictionary_tag(tok.word) or ""
    if len(tok.word) == 2 and not known.startswith(("v", "a", "d")):
        return False  # 青石|县: a noun of two characters may be the place's own name
    if is_division(tok.word + level):
        return False  # 合作|市: a city whose own name is a word of the language
    return not (is_place(tok) or is_division(tok.word) or tok.word in words("proper_words"))


def federation_after_whole_name(tokens: list[Token], j: int, text: str, suffix: str) -> bool:
    """某市人力资源和社会保障局|某市|总工会: a division's full name right after a whole
    name opens a federation's name (a signature of several issuers, a list printed
    without breaks); no federation belongs to the body before it, nor any body of a
    division to a federation before it (某市总工会|某市|人力资源和社会保障局)."""
    tok = tokens[j]
    if not is_place(tok) or tok.word[-1:] not in words("place_markers"):
        return False
    before = suffix_of(text, tok.start)
    if suffix in words("federation_suffix"):
        return before is not None
    return before in words("federation_suffix")


def whole_name_before(text: str, end: int) -> bool:
    """Whether a whole name's suffix of two characters or more (检察院, 人民政府,
    公司) ends at ``end``: a level word right after it (市, 区) opens another name."""
    suffix = suffix_of(text, end)
    return suffix is not None and len(suffix) > 1


def occupation_after(tail: str) -> bool:
    """The rest of jieba's word after a suffix is an occupation of two to four characters
    (教师, 保育员: ``occupation_last_characters``), not a post (会长, 主席: a post glued
    to a suffix is as often a kind of body's, 某区楼宇工会主席)."""
    if lexicon.titles().regex.fullmatch(tail):
        return False
    return 2 <= len(tail) <= 4 and tail[-1] in words("occupation_last_characters")
