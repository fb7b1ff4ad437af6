"""Organisation names found in a text by the grammar of Chinese names.

A Chinese organisation name is a place, a body and a suffix that says what it is:
``通州区`` + ``总工会``, ``北京`` + ``排水`` + ``集团``, ``中国石化销售有限公司北京石油`` +
``分公司``. Names are found from their suffix (``reference/org_suffixes.yaml``), walking
left over jieba's words while they can be part of a name (nouns, places, abbreviations;
a verb only between a place and the rest, as 排水 in 北京排水集团), and stopping at
function words and verbs. The words live in the reference file; the walk is here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import (
    BRAND_STOP_TAGS,
    PROPER_TAGS,
    bracket_opening,
    brand_split,
    brand_word,
    is_division,
    is_place,
    of_a_trade,
    place_of_brand,
)
from gonghui_build.extract.organisations.edges import (
    after_a_place,
    level_of_anaphor,
    particle_and_level,
    suffix_matches,
    trade_unit_after_name,
)
from gonghui_build.extract.organisations.names import (
    FILE,
    district_of,
    is_bare_suffix,
    is_department,
    suffix_of,
    suffix_types,
    words,
)
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import CJK, is_cjk
from gonghui_build.text.names import NAME_TAGS as PERSON_TAGS
from gonghui_build.text.tokenizer import Token, tag_tokens
from gonghui_build.vocabulary import OrgType


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
#: An ordinal ending a body: 第六次工会(会员代表大会) names a congress, not a union.
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇\d]+[次届]$")
#: A term's ordinal before a body (选举产生|新一届|县工会): no part of the name.
_TERM = re.compile(r"(?:新|第|本|上|下)?[一二三四五六七八九十百零〇\d]+[次届]")


@dataclass(frozen=True)
class OrgSpan:
    start: int
    end: int
    written: str
    suffix: str
    type: OrgType

    @property
    def body(self) -> str:
        return self.written[: -len(self.suffix)]


def _token_index(tokens: list[Token], offset: int) -> int:
    """Index of the token containing ``offset``."""
    for i, t in enumerate(tokens):
        if t.start <= offset < t.end:
            return i
    return len(tokens)


def _has_proper(text: str) -> bool:
    return any(is_place(t) for t in tag_tokens(text))


@functools.cache
def _street_of_district() -> re.Pattern[str]:
    """A district and up to four characters after it, ending where the regex stops."""
    return re.compile(rf"(?:{lexicon.places().district_regex.pattern}){CJK}{{1,4}}$")


def _first_of_place(tokens: list[Token], j: int) -> bool:
    """A one-character word (no verb, no function word) before a two-character word
    that ends with a place's level (禾区, 溪县): the first character of a place name
    jieba does not know."""
    tok = tokens[j]
    if len(tok.word) != 1 or not is_cjk(tok.word) or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    level = len(after.word) == 2 and after.word[-1] in words("district_markers")
    stop = tok.tag.startswith(("v", *BRAND_STOP_TAGS)) or tok.word in words("left_stops")
    return level and after.start == tok.end and not stop


def _ends_name(tokens: list[Token], j: int, text: str, start: int) -> bool:
    """Whether the word ``tokens[j]`` before a name's suffix (at ``start``) is no part
    of the name."""
    tok = tokens[j]
    if tok.word in words("left_stops") or not all(is_cjk(c) or c.isalnum() for c in tok.word):
        return True
    if tok.word in words("parallel_bodies") and (
        words("full_bodies").starting(text, start) or words("parallel_bodies").starting(text, start)
    ):
        return True  # 市委市政府, 省委市委: two bodies side by side
    if len(tok.word) > 1 and tok.word in words("level_endings"):
        return True  # 煤炭系统|某能源有限公司: a sector before the name
    if _TERM.fullmatch(tok.word):
        return True  # 新一届县工会: a term of the body, not its name
    if not tok.tag.startswith(NAME_TAGS) and is_division(tok.word):
        return False  # 南靖/t 某科技有限公司: a county's short form jieba misreads
    if _first_of_place(tokens, j):
        return False  # 青|禾区总工会: a place jieba does not know, cut after its first character
    known = tokenizer.dictionary_tag(tok.word) or tok.tag
    verb = (tok.tag.startswith("v") and tok.tag != "vn") or (
        known.startswith("v") and known != "vn"
    )
    if verb and j + 1 < len(tokens) and words("place_markers").starting(tokens[j + 1].word):
        return True  # 某某当选|县|总工会: a bare level word opens a short form
    if verb or not tok.tag.startswith(NAME_TAGS):
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


def _walk_left(tokens: list[Token], start: int, text: str, suffix: str = "") -> int:
    """Where a name whose suffix (``suffix``) starts at ``start`` begins."""
    i = _token_index(tokens, start)
    begin = start
    if i < len(tokens) and tokens[i].start < start:
        begin = tokens[i].start  # the suffix starts inside a word: 镇党委
    j = i - 1
    while j >= 0:
        tok = tokens[j]
        if brand_split(tokens, j) or tok.word in words("place_markers"):
            begin, j = tok.start, j - 1
            continue
        if begin - tok.start > MAX_NAME:
            break
        opening = bracket_opening(tokens, j, text)
        if opening is not None:
            begin, j = tokens[opening].start, opening - 1
            continue
        if j > 0 and tokens[j - 1].word in words("own_places") and brand_word(tok, suffix):
            begin = tok.start  # 我市|临商|银行股份有限公司: the writer's city, then the name
            break
        if particle_and_level(tok):
            begin = tok.end - 1  # 通过|了市|总工会: jieba glues a particle to the level
            break
        if _ends_name(tokens, j, text, start):
            place = place_of_brand(tokens, j, suffix, of_a_trade(tokens, start, suffix))
            if place is None:
                break
            j = place
            continue
        begin, j = tok.start, j - 1
    return _trim_generic(tokens, _street_start(tokens, begin, text), start)


def _street_start(tokens: list[Token], begin: int, text: str) -> int:
    """A street or town between its district and its suffix may be any characters
    (海淀区|上|地|街道): the name starts at the district."""
    k = _token_index(tokens, begin)
    if k < len(tokens) and tokens[k].word in words("place_suffixes"):
        before = _street_of_district().search(text, max(0, begin - MAX_NAME), begin)
        if before and not words("left_stops").regex.search(before.group(0)):
            return before.start()
    return begin


def _trim_generic(tokens: list[Token], begin: int, start: int) -> int:
    """Generic words on the left are no part of a name: 全区各级工会 → nothing."""
    while begin < start:
        k = _token_index(tokens, begin)
        if k < len(tokens) and tokens[k].word in words("generic_bodies") and tokens[k].end <= start:
            begin = tokens[k].end
        else:
            break
    return begin


def _names_one_body(body: str, span: OrgSpan) -> bool | None:
    """What the body alone settles: a kind of body (各乡镇总工会, 市级工会), an inner
    body of an organisation (某公司党委), or a place or short form read in context."""
    if (
        words("determiners").starting(body)
        or words("level_endings").ending(body)
        or body in words("generic_bodies")
        or _ORDINAL.search(body)
    ):
        return False  # 各乡镇总工会, 市级工会, 镇街总工会, 县第六次工会(会员代表大会)
    federation = suffix_of(body) in words("federation_suffix") and not is_bare_suffix(body)
    if is_department(span.suffix) and federation:
        return True  # 省总工会劳动保护部: a department of a federation read in context
    if span.suffix in lexicon.titles().inner_bodies and suffix_of(body):
        # 某街道工委, not 某公司党委 or 某镇党委
        return span.suffix in words("place_committees") and bool(
            words("place_suffixes").ending(body)
        )
    if body in words("proper_words") or district_of(body) or words("city_prefixes").starting(body):
        return True
    if any(d.name == body for d in places.lookup(body)):
        return True  # 渠县总工会: a place of China by its full name, however jieba cuts it
    if body in words("place_markers"):
        return True  # 县总工会, 区委: a short form read in context
    if not body and span.suffix in words("parallel_bodies"):
        return True  # 县委 alone (代表县委讲话): the committee of the place read in context
    return None


def _particular_word(t: Token) -> bool:
    """A word that makes a body particular."""
    if t.tag in PROPER_TAGS or is_place(t) or t.word in words("proper_words"):
        return True
    if not t.tag.startswith(NAME_TAGS) and is_division(t.word):  # 包头/v, 大连/d
        return True
    if (
        t.word in words("city_prefixes")
        or t.word in words("district_markers")
        or t.word in words("level_markers")  # 州|人力资源和社会保障局: the prefecture's
        or t.word in words("bare")
    ):
        return True
    if (
        len(t.word) > 1
        and is_cjk(t.word[0])
        and not tokenizer.frequency(t.word)
        and not any(ch in words("office_characters") for ch in set(t.word))
    ):
        return True  # a word jieba does not know: a brand (妫川), not 委局
    # a place jieba tags as a common noun: 平谷区, 兴谷开发区
    return bool(words("place_endings").ending(t.word)) and len(t.word) > 2


def is_particular(span: OrgSpan, tokens: list[Token]) -> bool:
    """Whether a name names one organisation rather than a kind (基层工会, 高校工会).

    Its body must hold a place, an organisation or abbreviation, a proper noun, a word
    jieba does not know (a brand: 金隅, 妫川), or a short form read in context (市, 区,
    局); it must not open with a determiner (各乡镇总工会); a Party committee of an
    organisation (某公司党委) is an inner body, named in titles, not an organisation.
    """
    body = span.body
    settled = _names_one_body(body, span)
    if settled is not None:
        return settled
    inside = [t for t in tokens if t.start >= span.start and t.end <= span.start + len(body)]
    if not inside:  # one word with its suffix: 北京市委, 中国人民抗日战争纪念馆
        whole = [t for t in tokens if t.start <= span.start and t.end >= span.end]
        # 某汽车公司/nt, but not 党和政府/nt: two bodies of a generic reference
        joined = any(c in body for c in words("brand_conjunctions"))
        organisation_word = len(span.suffix) > 1 and any(t.tag == "nt" for t in whole)
        return _has_proper(body) or (not joined and organisation_word)  # not 新格局/nt
    generic_last = len(inside[-1].word) > 1 and inside[-1].word in words("generic_bodies")
    if generic_last and inside[-1].word in words("trade_words") and len(inside) > 1:
        generic_last = inside[-2].word in words("generic_bodies")  # 某饰品|行业: a trade
    if generic_last and span.type in (OrgType.union, OrgType.union_federation):
        # 城关区新建基层工会: the district's grassroots unions, a kind; but 某某路社区工会
        # is the union of one community, a body with a name of its own
        inner = org_ending_at(span.written, len(body))
        own = inner is not None and inner.suffix == inside[-1].word  # not 乡|镇 of 乡镇
        return own and bool(inner.body) and _has_proper(inner.body)
    return any(_particular_word(t) for t in inside if t.word not in words("generic_bodies"))


def org_ending_at(text: str, end: int, tokens: list[Token] | None = None) -> OrgSpan | None:
    """The organisation name that ends at ``end`` in ``text``, if any."""
    suffix = suffix_of(text, end)
    if suffix is None:
        return None
    tokens = tokens if tokens is not None else tag_tokens(text)
    # a department whose full name holds 和 (住房和城乡建设委员会), or its short form
    # (住建局, however jieba cuts it): the whole name is the suffix, so that 和 or a
    # verb (住) does not end the name
    whole = full_form_before(text, end) or words("suffix_forms").ending(text, end)
    start = end - len(whole or suffix)
    begin = _after_conjunction(text, _walk_left(tokens, start, text, suffix), start)
    begin = level_of_anaphor(text, begin, start)
    return OrgSpan(begin, end, text[begin:end], suffix, suffix_types()[suffix])


def full_form_before(text: str, end: int) -> str | None:
    """The full name of a department (人力资源和社会保障局) ending at ``end``."""
    for full in lexicon.load(FILE).suffix_forms.values():
        if text.startswith(full, end - len(full)):
            return full
    return words("joined_departments").ending(text, end)


def _after_conjunction(text: str, begin: int, start: int) -> int:
    """北京燕河乳业有限公司和燕郊…服务中心: a whole name, then 和 (与, 及), is a name of
    its own; the name ending at ``start`` begins after the conjunction."""
    for k in range(start - 1, begin, -1):
        if text[k] in words("brand_conjunctions") and suffix_of(text, k) is not None:
            return k + 1
    return begin


def _caption_title_after(text: str, end: int) -> bool:
    """X公司工会主席 尉迟兰: in a caption or speaker line the title after the suffix is
    followed by a space and the name, and jieba's one word 工会主席 hides the suffix."""
    title = lexicon.titles().regex.match(text, end)
    return bool(title) and text[title.end() : title.end() + 1] in (" ", "\u3000")


def _hidden_after_name(text: str, match: re.Match[str], tokens: list[Token]) -> bool:
    """某街道|工会组织|职工, 某公司|工会干部: jieba glues a suffix of two characters or more
    to the word after it; the suffix still ends a name when a particular body (a place,
    a proper word, a body of its own) is printed right before it. One-character
    suffixes are left out: 局|局长, 厂|厂长 are a title after the name."""
    k = _token_index(tokens, match.start())
    if k >= len(tokens) or tokens[k].start != match.start() or k == 0:
        return False
    tail = text[match.end() : tokens[k].end]
    # 局|局长 glued (某局局长): the title repeats the one-character suffix
    doubled = tail.startswith(match.group(0)) and lexicon.titles().regex.fullmatch(tail)
    if doubled:
        return True  # the name before is weighed as any other (is_particular)
    if len(match.group(0)) < 2 or len(tail) < 2:
        return False
    before = tokens[k - 1]
    body = text[before.start : match.start()]
    union = suffix_types()[match.group(0)] in (OrgType.union, OrgType.union_federation)
    level = words("place_markers").ending(body) and not words("place_suffixes").ending(body)
    level = level and is_place(tokens[k - 1])  # 桐川县/ns, not 社区
    if union and (district_of(body) == body or places.lookup(body) or level):
        return False  # 某区|工会工作, 某县|工会干部: the place's union work, no body's name
    inner = org_ending_at(text, match.start(), tokens)
    named = inner is not None and bool(inner.body) and is_particular(inner, tokens)
    if before.word in words("generic_bodies"):
        return named  # 某区楼宇|工会主席: a kind of union before a title (某路社区 is one)
    return is_place(before) or named


def _suffix_stands_alone(text: str, match: re.Match[str], tokens: list[Token]) -> bool:
    """Whether a suffix found in ``text`` ends a name: it ends a word (工会 in 工会干部
    does not) and starts one, unless the word is itself a name (局 in 格局, 镇 in 冰镇
    are no suffix; 学校 in 技术学校 heads a compound)."""
    end = match.end()
    k = _token_index(tokens, end - 1)
    hidden = k < len(tokens) and tokens[k].end > end
    if hidden and not (_caption_title_after(text, end) or _hidden_after_name(text, match, tokens)):
        return False
    k = _token_index(tokens, match.start())
    # 人力资源和社会保障局, 人社局: one name, however jieba cuts it (区人|社局)
    whole = full_form_before(text, end) is not None or words("suffix_forms").ending(text, end)
    if k < len(tokens) and tokens[k].start < match.start() and not whole:
        left = text[tokens[k].start : match.start()]
        bound = len(match.group(0)) == 1 or len(left) < 2
        if (
            bound
            and tokens[k].tag not in ("nt", "ns", "nz", "j")
            and left not in words("inner_prefixes")
            and not _has_proper(left)
            and not after_a_place(tokens, k)
            and not trade_unit_after_name(tokens, k, match)
        ):
            return False
    after_place = words("place_suffixes").ending(text, match.start()) is not None
    committee = after_place and match.group(0) in words("place_committees")
    if match.group(0) in lexicon.titles().inner_bodies and not committee:
        return False  # 某公司党委: a body inside an organisation (but 某街道工委)
    # inside a document's title (《中国工会章程》) there is no organisation, but the
    # body that issues it (《某县总工会关于…的决定》)
    inside = text.rfind("《", 0, match.start()) > text.rfind("》", 0, match.start())
    return not inside or words("issuing_words").starting(text, end) is not None


def find_org_spans(text: str, tokens: list[Token] | None = None) -> list[OrgSpan]:
    """Organisation names in ``text``, outermost first when names nest."""
    tokens = tokens if tokens is not None else tag_tokens(text)
    candidates: list[OrgSpan] = []
    for match in suffix_matches(text):
        if not _suffix_stands_alone(text, match, tokens):
            continue
        span = org_ending_at(text, match.end(), tokens)
        if span is None or (not span.body and span.suffix not in words("parallel_bodies")):
            continue  # a bare suffix (but 市委, 区委): resolved in context, not found alone
        if is_particular(span, tokens):
            candidates.append(span)
    candidates.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[OrgSpan] = []
    for span in candidates:
        if out and span.start < out[-1].end:
            if span.end > out[-1].end and span.start == out[-1].start:
                out[-1] = span
            continue
        out.append(span)
    return out
