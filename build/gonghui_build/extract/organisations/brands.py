"""The words of a name between its place and its suffix: places, brands and trades.

A registered company's name is place + brand (字号) + trade + form (《企业名称登记管理
规定》), and its brand may be any word jieba reads (an adjective, a verb, a character
split off at 和); so may the trade of a trade's union. The walk left over a name
(:mod:`grammar`) asks these questions of the words it meets.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import suffix_of, suffix_types, words
from gonghui_build.text import places
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token, dictionary_tag, frequency
from gonghui_build.vocabulary import UNION_TYPES, OrgType

#: Parts of speech that make a body particular (a place, an organisation, an
#: abbreviation, a proper noun) rather than a kind of body (基层, 品牌, 高校).
PROPER_TAGS = frozenset({"ns", "nt", "nz", "j", "nr", "nrt", "nrfg", "eng", "g"})
#: Parts of speech that never stand in a brand (字号): prepositions, conjunctions,
#: particles, pronouns, adverbs, punctuation.
BRAND_STOP_TAGS = ("p", "c", "u", "r", "d", "x", "y", "e", "o")

#: Brackets around a word of a registered name: 某轴承（集团）股份有限公司.
_BRACKETS = {")": "(", "）": "（"}


def is_place(token: Token) -> bool:
    """A place or other proper word: a verb after it may be part of a name."""
    return token.tag in PROPER_TAGS or lexicon.places().district(token.word) is not None


@functools.cache
def is_division(word: str) -> bool:
    """A place of China by its full name or its short form (南靖 of 南靖县), whatever
    jieba tags it (南靖/t): it opens a name."""
    return len(word) >= 2 and places.names_division(word)


@functools.cache
def is_city_word(word: str) -> bool:
    """A city's short form that is also a word of the language (大同, 白银, 安康: the
    divisions' ``short_word``), of a prefecture-level city or higher: it opens the name
    of a body of that city (大同|齿轮厂) whatever jieba tags it; a county's such form
    (合作, 和平, 前进) is too often the word alone."""
    return any(
        word in d.short_word and d.level in ("prefecture", "province") for d in places.lookup(word)
    )


@functools.cache
def is_city_short_form(word: str) -> bool:
    """A prefecture-level city's or a province's short form that is no word of the
    language (宝鸡, 焦作, 周口: the divisions' ``short``), however jieba tags it (宝鸡/n,
    营口/vn): it opens the name of a body of that place (宝鸡|第三机床厂)."""
    levels = ("prefecture", "province")
    return any(word in d.short and d.level in levels for d in places.lookup(word))


def brand_split(tokens: list[Token], j: int) -> bool:
    """北京|鼎|和|百货…: a brand of two characters jieba splits at 和; or whose first
    character jieba glues to the place before it (北京华|和|建设…: 北京华/nz, one word)."""
    tok = tokens[j]
    if tok.word not in words("brand_conjunctions") or j < 1 or tokens[j - 1].end != tok.start:
        return False
    before = tokens[j - 1].word
    if len(before) == 1:
        # 保定/v|瑞|和: a city's short form jieba misreads as a verb is a place too
        return j >= 2 and (is_place(tokens[j - 2]) or is_city_short_form(tokens[j - 2].word))
    glued = len(before) >= 3 and is_cjk(before[-1]) and is_division(before[:-1])
    # 丰台区|和|通州区: a whole place before 和 is one body's, the name after another's
    return glued and not (is_division(before) or lexicon.places().district(before) is not None)


def bracket_opening(tokens: list[Token], j: int, text: str) -> int | None:
    """某轴承|（|集团|）|股份有限公司: the index of the opening bracket of a bracketed
    suffix word or place inside a registered name (（集团）, （中国）), else None."""
    opener = _BRACKETS.get(tokens[j].word)
    if opener is None:
        return None
    for k in range(j - 1, max(-1, j - 4), -1):
        if tokens[k].word == opener:
            inner = text[tokens[k].end : tokens[j].start]
            known = inner in suffix_types() or is_division(inner)
            return k if k > 0 and known and all(is_cjk(c) for c in inner) else None
    return None


def brand_word(tok: Token, suffix: str) -> bool:
    """A word that may be a registered company's brand (字号): any Chinese word but a
    function word, before a company's form."""
    return (
        (suffix in words("brand_suffixes") or suffix in words("bare"))
        and all(is_cjk(c) for c in tok.word)
        and not tok.tag.startswith(BRAND_STOP_TAGS)
        and tok.word not in words("left_stops")
    )


#: How many words a company's brand and trade (字号 + 行业) may hold between its place
#: and its form.
_BRAND_WORDS = 3
#: A brand jieba splits into words of its own guessing (顺快|达|配送) may take one word
#: more, when the brand and trade together are no longer than this many characters.
_SPLIT_BRAND_CHARS = 6
#: At most this many words of a project's description (某区|沿海|公路|改造|工程项目部)
#: between its place and a project department's suffix.
_PROJECT_WORDS = 6


def of_a_trade(tokens: list[Token], start: int, suffix: str) -> bool:
    """某镇|流行|饰品行业|工会联合会: a union of a trade, whose trade before 行业 may be
    any words, as a company's brand may."""
    if suffix_types()[suffix] not in UNION_TYPES:
        return False
    return any(t.end == start and words("trade_words").ending(t.word) for t in tokens)


def _person_not_place(tok: Token) -> bool:
    """胡某|实地|查看|某能源公司: a word jieba reads as a person's name, and no place of
    China, opens no brand a few words before a suffix (the person did what follows)."""
    level = words("place_endings").ending(tok.word) is not None  # 某乐镇/nr is a town
    return tok.tag in ("nr", "nrfg") and not level and not is_division(tok.word)


def brand_form(text: str, end: int, start: int, suffix: str) -> str:
    """The form a brand ending at ``end`` is weighed for: the name's own suffix, or the
    registered form (``registered_forms``: 有限公司) printed between the brand and a unit's
    suffix (北京|明达|速递|有限公司|延庆|分公司): the company's brand may be any words
    whatever unit of it the name ends with."""
    if suffix in words("brand_suffixes"):
        return suffix
    inner = text[end:start]
    return next((f for f in words("registered_forms") if f in inner), suffix)


def place_of_brand(tokens: list[Token], j: int, suffix: str, trade: bool = False) -> int | None:
    """海湾|精密|制造|公司, 北京|燕新|新|材料|有限公司: a registered company's name is
    place + brand + trade + form (《企业名称登记管理规定》), and its brand and trade may
    be any words (an adjective, a verb), as may the trade of a trade's union
    (``trade``) and the project a project department is named for (某区|沿海|公路|改造|
    工程项目部: ``project_suffixes``, a longer reach). The index of the place a few
    words left of ``tokens[j]`` when the words between are no function words; None
    otherwise."""
    project = suffix in words("project_suffixes")
    if suffix not in words("brand_suffixes") and not trade and not project:
        return None
    reach = _PROJECT_WORDS if project else _BRAND_WORDS + 1
    for k in range(j, max(-1, j - reach), -1):
        tok = tokens[k]
        place = is_place(tok) or is_division(tok.word)  # 包头/v: a city jieba misreads
        if place and k < j and not _person_not_place(tok):
            short = project or j - k <= _BRAND_WORDS
            return k if short or tokens[j].end - tok.end <= _SPLIT_BRAND_CHARS else None
        stop = tok.tag.startswith(BRAND_STOP_TAGS) or tok.word in words("left_stops")
        if stop and (_brand_character(tokens, k) or _coined_word(tok) or _rare_qualifier(tok)):
            continue
        if stop or not all(is_cjk(c) for c in tok.word):
            return None
    return None


def _coined_word(tok: Token) -> bool:
    """迅快|达|物流: a word of two Chinese characters or more that jieba's dictionary does
    not hold is one jieba coined from an unknown brand; the part of speech it guesses
    for it (an adverb) says nothing of a phrase's function words."""
    return len(tok.word) > 1 and all(map(is_cjk, tok.word)) and dictionary_tag(tok.word) is None


#: How often jieba's dictionary holds a conjunction or adverb that a sentence is made of
#: (以及 30775, 及时 3762, 随时 2476); a qualifier of a trade (即时 428, 实时 360) is rarer.
_SENTENCE_FREQUENCY = 1000


def _rare_qualifier(tok: Token) -> bool:
    """顺达|即时|配送服务有限公司, 某某|实时|数据科技有限公司: a rare word of two characters
    or more that jieba's dictionary reads as a conjunction or an adverb qualifies the
    company's trade; the common ones (以及, 同时, 及时) stay a phrase's function words."""
    known = dictionary_tag(tok.word) or ""
    rare = len(tok.word) > 1 and frequency(tok.word) < _SENTENCE_FREQUENCY
    return rare and known.startswith(("c", "d")) and all(map(is_cjk, tok.word))


def _brand_character(tokens: list[Token], k: int) -> bool:
    """某省|御|都|旅游服务有限公司: a brand of two characters jieba cuts into two words
    read as adverbs or pronouns: a character right after the place, or right after
    such a first character, is the brand's (never a function word that ends a phrase:
    的, 和, 在)."""
    if not _brand_char(tokens[k]) or k < 1 or not _trade_after(tokens, k + 1):
        return False
    before = tokens[k - 1]
    if before.end != tokens[k].start:
        return False
    if is_place(before) or is_division(before.word):
        return True
    place = tokens[k - 2] if k >= 2 else None
    return (
        place is not None
        and _brand_char(before)
        and place.end == before.start
        and (is_place(place) or is_division(place.word))
    )


def _trade_after(tokens: list[Token], k: int) -> bool:
    """A trade's word (a noun of two characters or more) at ``k``, or one more brand
    character before it: 某省|也|有|… (a verb after the character) opens no brand."""
    if k >= len(tokens):
        return False
    tok = tokens[k]
    if len(tok.word) > 1:
        return tok.tag.startswith(("n", "vn")) and tok.tag != "nr"
    return _brand_char(tok) and k + 1 < len(tokens) and _trade_after(tokens[: k + 2], k + 1)


def _brand_char(tok: Token) -> bool:
    if len(tok.word) != 1 or not is_cjk(tok.word) or tok.word in words("left_stops"):
        return False
    return tok.tag not in ("uj", "ul", "c", "p", "u", "v") and tok.word not in words(
        "glued_particles"
    )


def job_of_branch(tokens: list[Token], j: int) -> bool:
    """某燃气集团|运行|分公司, 某公司|运输|分公司: a word naming a branch's job (a verb
    to jieba) printed right between its company's suffix and the branch's own
    (``units_printed_alone``) or a department's (某集团有限公司|配送|中心:
    ``departments_named_by_job``) is part of its name, not the sentence's verb."""
    if j == 0 or j + 1 >= len(tokens):
        return False
    tok, after = tokens[j], tokens[j + 1]
    if after.start != tok.end:
        return False
    k = _job_start(tokens, j)
    if k is None:
        return False
    before = tokens[k - 1]
    owner = suffix_of(before.word)
    company = owner is not None and suffix_types().get(owner) == OrgType.company
    unit = after.word in words("units_printed_alone")
    return company and (unit or after.word in words("departments_named_by_job"))


#: The most characters of a branch's job jieba cut in two (检|维修, 安|装).
_JOB_MAX = 4


def _job_start(tokens: list[Token], j: int) -> int | None:
    """Where the job that ``tokens[j]`` ends starts: the word itself, or one word of
    Chinese before it that jieba cut off the job (检|维修|分公司: 检维修, four characters
    at most), so that the company's suffix is right before it; None when no company's
    word is there."""
    for k in (j, j - 1):
        if k < 1 or tokens[k - 1].end != tokens[k].start:
            return None
        if tokens[j].end - tokens[k].start > _JOB_MAX or not all(map(is_cjk, tokens[k].word)):
            return None
        if suffix_of(tokens[k - 1].word) is not None:
            return k
    return None


#: Marks a clause opens after: a branch printed alone may open one (，运行分公司…).
_CLAUSE_OPENING_MARKS = "，、；：。"
#: The most characters of a team's name inside a branch (司炉班, 抢修二班).
_TEAM_MAX = 5


def job_of_branch_alone(tokens: list[Token], j: int, text: str) -> bool:
    """，运行|分公司|司炉班班长: a branch printed alone (``units_printed_alone``) at a
    clause's start, its job a verb to jieba, with a post after it, at the branch or at a
    team of it (``inner_unit_endings``): the job is the branch's name, as between the
    company's suffix and the branch (:func:`job_of_branch`). A verb before a branch no
    post follows (，设立|分公司) stays the sentence's (the tuning gold of a heating
    group's congress honouring a boiler team's leader, real_dev12; real pages, s39
    devfix4: group congresses' honour rolls of branch teams)."""
    if j + 1 >= len(tokens) or tokens[j + 1].start != tokens[j].end:
        return False
    opens = j == 0 or tokens[j - 1].word[-1:] in _CLAUSE_OPENING_MARKS
    branch = tokens[j + 1]
    if not (opens and branch.word in words("units_printed_alone")):
        return False
    if not all(is_cjk(c) for c in tokens[j].word):
        return False
    after = text[branch.end : branch.end + _TEAM_MAX + 4]
    team = re.match(
        f"[^，。；：、]{{1,{_TEAM_MAX}}}?(?:{words('inner_unit_endings').pattern})", after
    )
    at = branch.end + (team.end() if team else 0)
    return lexicon.titles().regex.match(text, at) is not None
