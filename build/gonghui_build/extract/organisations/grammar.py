"""Organisation names found in a text by the grammar of Chinese names.

A Chinese organisation name is a place, a body and a suffix that says what it is:
``通州区`` + ``总工会``, ``北京`` + ``排水`` + ``集团``, ``中国石化销售有限公司北京石油`` +
``分公司``. Names are found from their suffix (``reference/org_suffixes.yaml``), walking
left over jieba's words while they can be part of a name (nouns, places, abbreviations;
a verb only between a place and the rest, as 排水 in 北京排水集团), and stopping at
function words and verbs. The words live in the reference file; the walk is here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import (
    PROPER_TAGS,
    is_city_short_form,
    is_city_word,
    is_division,
    is_place,
)
from gonghui_build.extract.organisations.edges import (
    after_a_place,
    after_appointment,
    after_joiner,
    after_location,
    caption_title_after,
    glued_unit_start,
    level_department,
    level_of_anaphor,
    number_of_unit,
    numbered_unit,
    occupation_after,
    ordered_unit_word,
    ordinal_unit,
    suffix_matches,
    trade_unit_after_name,
)
from gonghui_build.extract.organisations.groups import group_opening
from gonghui_build.extract.organisations.joined import after_conjunction, full_form_before
from gonghui_build.extract.organisations.leading_committees import (
    leading_committee,
    under_its_leadership,
)
from gonghui_build.extract.organisations.names import (
    district_of,
    is_bare_suffix,
    is_department,
    of_a_federation_short_form,
    opening_word,
    suffix_of,
    suffix_types,
    whole_divisions,
    words,
)
from gonghui_build.extract.organisations.organise import union_glued_on, union_then_organise
from gonghui_build.extract.organisations.stops import (
    inside_a_place,
    levels_listed,
    opens_a_compound,
)
from gonghui_build.extract.organisations.walk import NAME_TAGS, token_index, walk_left
from gonghui_build.text import gazetteer, places, tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token, tag_tokens
from gonghui_build.vocabulary import OrgType

#: An ordinal ending a body: 第六次工会(会员代表大会) names a congress, not a union.
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇\d]+[次届]$")


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


def _has_proper(text: str) -> bool:
    return any(is_place(t) for t in tag_tokens(text))


def _names_one_body(body: str, span: OrgSpan) -> bool | None:
    """What the body alone settles: a kind of body (各乡镇总工会, 市级工会), an inner
    body of an organisation (某公司党委), or a place or short form read in context."""
    if span.written in words("youth_league_committees") or (
        is_department(span.suffix) and gazetteer.lookup(span.written) is not None
    ):
        return True  # 团区委 (one place's); 全国总工会权益保障部: the gazetteer's department
    if _sector_of_a_place(body, span):
        return True  # 某市建设系统工会: one place's union of a sector
    if span.written in words("departments"):
        return False  # 选举产生新一届经审委员会: a union's committee without its union
    if words("registered_forms").starting(body):
        return False  # 有限公司|朝阳营业部: a unit left of which the walk lost the company
    if words("venue_endings").ending(span.written):
        return False  # 在某市会议中心开幕: a venue, the event's place
    if whole_divisions(body):
        return True  # 某市平城区总工会, 本溪市某区总工会 (本 is no determiner here)
    if (
        opening_word(body, "determiners")
        or words("level_endings").ending(body)
        or body in words("generic_bodies")
        or _ORDINAL.search(body)
    ):
        return False  # 各乡镇总工会, 市级工会, 镇街总工会, 县第六次工会(会员代表大会)
    federation = suffix_of(body) in words("federation_suffix") and not is_bare_suffix(body)
    if is_department(span.suffix) and federation:
        return True  # 省总工会劳动保护部: a department of a federation read in context
    if _committee_of_a_short_form(span.written):
        return True  # 县总工会女工委员会: the county federation's, read in context
    if of_a_federation_short_form(body):
        return True  # 县总工会|职工法律援助站: the county federation's, read in context
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


def _sector_of_a_place(body: str, span: OrgSpan) -> bool:
    """某市纺织系统|工会: a named place, then a trade, then 系统, before a union's suffix
    names the union of one place's sector (an industry union), where 文博系统工会 or
    全省纺织系统工会 names the unions of a sector."""
    ending = words("sector_endings").ending(body)
    if ending is None or span.type not in (OrgType.union, OrgType.union_federation):
        return False
    tokens = tag_tokens(body[: -len(ending)])
    if len(tokens) < 2 or not (is_place(tokens[0]) or is_division(tokens[0].word)):
        return False
    if tokens[0].word in words("place_markers") or tokens[0].word in words("own_places"):
        return False  # 市|教育系统工会: a bare level word names no place of its own
    return all(t.tag.startswith(NAME_TAGS) or t.tag.startswith("v") for t in tokens[1:])


def _committee_of_a_short_form(name: str) -> bool:
    """县总工会|女工委员会: a department (``departments``: a union's women workers'
    committee) of a federation or a union named by its level word alone."""
    department = words("departments").ending(name)
    if department is None or department == name:
        return False
    owner = name[: -len(department)]
    suffix = suffix_of(owner)
    unions = (*words("federation_suffix").words, *words("union_suffix").words)
    return suffix in unions and owner[: -len(suffix)] in words("place_markers")


def particular_word(t: Token) -> bool:
    """A word that makes a body particular."""
    if t.tag in PROPER_TAGS or is_place(t) or t.word in words("proper_words"):
        return True
    if not t.tag.startswith(NAME_TAGS) and (is_division(t.word) or is_city_word(t.word)):
        return True  # 包头/v, 大连/d, 大同/d
    if len(t.word) > 1 and is_city_short_form(t.word):
        return True  # 宝鸡/n, 营口/vn: a city's short form, which is no common noun
    if len(t.word) > 2 and any(d.name == t.word for d in places.lookup(t.word)):
        return True  # 大同市/n: a division by its full name, however jieba tags it
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


def has_particular_word(inside: list[Token]) -> bool:
    """Whether a word of a name's body (its generic words aside: 有限, 企业) makes it
    one body's name rather than a kind's."""
    generic = words("generic_bodies")
    return any(particular_word(t) for t in inside if t.word not in generic)


def _registered_company(span: OrgSpan, inside: list[Token]) -> bool:
    """A registered form (有限公司) after a brand and a trade of four characters or
    more, not all of them generic words (企业单位有限公司 names none): one company."""
    if span.suffix not in words("registered_forms") or len(span.body) < 4:
        return False
    return any(t.word not in words("generic_bodies") for t in inside)


def _ordinal_owner(body: str, span: OrgSpan) -> bool:
    """中铁九局|工会: a union whose body is a unit known by its order (``ordinal_unit``)."""
    owner = suffix_of(body) if span.type in (OrgType.union, OrgType.union_federation) else None
    return owner is not None and ordinal_unit(body[: -len(owner)], owner)


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
    if numbered_unit(body) or ordinal_unit(body, span.suffix) or _ordinal_owner(body, span):
        return True  # 312地质队工会, 钻井二公司: a number names the unit as a place would
    inside = [t for t in tokens if t.start >= span.start and t.end <= span.start + len(body)]
    if _registered_company(span, inside):
        return True
    if not inside:  # one word with its suffix: 北京市委, 中国人民抗日战争纪念馆
        whole = [t for t in tokens if t.start <= span.start and t.end >= span.end]
        # 某汽车公司/nt, but not 党和政府/nt: two bodies of a generic reference
        joined = any(c in body for c in words("brand_conjunctions"))
        organisation_word = len(span.suffix) > 1 and any(t.tag == "nt" for t in whole)
        department = level_department(body)  # 省公安厅/n: a province's department
        # not 新格局/nt
        return _has_proper(body) or department or (not joined and organisation_word)
    generic_last = len(inside[-1].word) > 1 and inside[-1].word in words("generic_bodies")
    if generic_last and inside[-1].word in words("trade_words") and len(inside) > 1:
        generic_last = inside[-2].word in words("generic_bodies")  # 某饰品|行业: a trade
    if generic_last and span.type in (OrgType.union, OrgType.union_federation):
        # 城关区新建基层工会: the district's grassroots unions, a kind; but 某某路社区工会
        # is the union of one community, a body with a name of its own
        if inside[-1].word in words("office_staff_words"):  # 某集团|机关|工会: its staff's
            owner = org_ending_at(span.written, len(body) - len(inside[-1].word))
            return bool(owner and owner.body and is_particular(owner, tag_tokens(span.written)))
        inner = org_ending_at(span.written, len(body))
        own = inner is not None and inner.suffix == inside[-1].word  # not 乡|镇 of 乡镇
        return own and bool(inner.body) and _has_proper(inner.body)
    return has_particular_word(inside)


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
    begin = after_conjunction(text, walk_left(tokens, start, text, suffix), start)
    begin = after_joiner(text, begin, start)
    begin = after_location(tokens, level_of_anaphor(text, begin, start), start)
    begin = after_appointment(text, begin, start, tokens)
    begin = group_opening(tokens, begin, start)  # 竞赛中|中铁九局
    return OrgSpan(begin, end, text[begin:end], suffix, suffix_types()[suffix])


def _hidden_after_name(text: str, match: re.Match[str], tokens: list[Token]) -> bool:
    """某街道|工会组织|职工, 某公司|工会干部: jieba glues a suffix of two characters or more
    to the word after it; the suffix still ends a name when a particular body (a place,
    a proper word, a body of its own) is printed right before it. One-character
    suffixes are left out: 局|局长, 厂|厂长 are a title after the name."""
    k = token_index(tokens, match.start())
    if k >= len(tokens) or tokens[k].start != match.start() or k == 0:
        return False
    tail = text[match.end() : tokens[k].end]
    # 局|局长 glued (某局局长): the title repeats the one-character suffix
    doubled = tail.startswith(match.group(0)) and lexicon.titles().regex.fullmatch(tail)
    if doubled:
        return True  # the name before is weighed as any other (is_particular)
    if union_glued_on(text, match, tokens):  # 某街道…联合|工会主席, not 宣教|部门
        whole = org_ending_at(text, match.end(), tokens)
        return whole is not None and bool(whole.body) and is_particular(whole, tokens)
    if len(match.group(0)) < 2 or len(tail) < 2:
        return False
    if any(number_of_unit(tokens, i) for i in range(max(0, k - 3), k - 1)):
        return True  # 415|地质队|工会组织, 27|路|车队|工会组织: a unit known by its number
    before = tokens[k - 1]
    body = text[before.start : match.start()]
    union = suffix_types()[match.group(0)] in (OrgType.union, OrgType.union_federation)
    level = words("place_markers").ending(body) and not words("place_suffixes").ending(body)
    level = level and is_place(tokens[k - 1])  # 桐川县/ns, not 社区
    if union and (district_of(body) == body or places.lookup(body) or level):
        return False  # 某区|工会工作, 某县|工会干部: the place's union work, no body's name
    if union_then_organise(text, match, tokens):
        return True  # 某公司|工会组织|职工: the verb 组织; the name before is weighed
    inner = org_ending_at(text, match.start(), tokens)
    named = inner is not None and bool(inner.body) and is_particular(inner, tokens)
    if before.word in words("generic_bodies"):
        return named  # 某区楼宇|工会主席: a kind of union before a title (某路社区 is one)
    return is_place(before) or named or _before_occupation(text, match, tail, tokens)


def _before_occupation(text: str, match: re.Match[str], tail: str, tokens: list[Token]) -> bool:
    """某路|小学教师: an occupation glued to the suffix; the suffix ends the name the walk
    from it reads, when that names one body."""
    if not occupation_after(tail):
        return False
    whole = org_ending_at(text, match.end(), tokens)
    return whole is not None and bool(whole.body) and is_particular(whole, tokens)


def _suffix_stands_alone(text: str, match: re.Match[str], tokens: list[Token]) -> bool:
    """Whether a suffix found in ``text`` ends a name: it ends a word (工会 in 工会干部
    does not) and starts one, unless the word is itself a name (局 in 格局, 镇 in 冰镇
    are no suffix; 学校 in 技术学校 heads a compound)."""
    end = match.end()
    if inside_a_place(text, match) or opens_a_compound(text, match):
        return False
    k = token_index(tokens, end - 1)
    if k < len(tokens) and tokens[k].word in words("place_level_words"):
        return False  # 城乡, 家乡: a common noun that ends with a town's level word
    hidden = k < len(tokens) and tokens[k].end > end
    if hidden and not (caption_title_after(text, end) or _hidden_after_name(text, match, tokens)):
        return False
    k = token_index(tokens, match.start())
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
            and not ordered_unit_word(left, match.group(0))
            and not level_department(left)
            and tokens[k].word not in words("youth_league_committees")  # 团|区委, one body
        ):
            return False
    after_place = words("place_suffixes").ending(text, match.start()) is not None
    committee = after_place and match.group(0) in words("place_committees")
    committee = committee or words("region_committees").ending(text, end) is not None
    committee = committee or under_its_leadership(text, match.start(), end)
    if match.group(0) in lexicon.titles().inner_bodies and not committee:
        return False  # 某公司党委: a body inside an organisation (but 某街道工委, 州党委)
    # inside a document's title (《中国工会章程》) there is no organisation, but the
    # body that issues it (《某县总工会关于…的决定》)
    inside = text.rfind("《", 0, match.start()) > text.rfind("》", 0, match.start())
    return not inside or words("issuing_words").starting(text, end) is not None


def find_org_spans(text: str, tokens: list[Token] | None = None) -> list[OrgSpan]:
    """Organisation names in ``text``, outermost first when names nest."""
    tokens = tokens if tokens is not None else tag_tokens(text)
    candidates: list[OrgSpan] = []
    for match in suffix_matches(text):
        glued = glued_unit_start(text, match, tokens, find_org_spans)  # 某某矿|工会
        if glued is not None:
            written, kind = text[glued : match.end()], suffix_types()[match.group(0)]
            candidates.append(OrgSpan(glued, match.end(), written, match.group(0), kind))
            continue
        if not _suffix_stands_alone(text, match, tokens):
            continue
        span = org_ending_at(text, match.end(), tokens)
        if span is None or (not span.body and span.suffix not in words("parallel_bodies")):
            continue  # a bare suffix (but 市委, 区委): resolved in context, not found alone
        listed = levels_listed(text, span.start, span.body, span.suffix)
        leading = leading_committee(text, span.start, span.end, span.suffix)
        if (is_particular(span, tokens) or leading) and not listed:
            candidates.append(span)
    candidates.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[OrgSpan] = []
    for span in candidates:
        if out and span.start < out[-1].end:
            if span.end > out[-1].end and span.start == out[-1].start:
                out[-1] = span
            elif _branch_of(out[-1], span):
                out[-1] = OrgSpan(
                    out[-1].start, span.end, text[out[-1].start : span.end], span.suffix, span.type
                )
            continue
        out.append(span)
    return out


def _branch_of(company: OrgSpan, branch: OrgSpan) -> bool:
    """某某配送公司|宁河分公司: a company's branch whose walk stopped at the company's own
    suffix (a verb of its trade, 配送, ended it there) is the whole company's branch."""
    own_suffix = branch.start == company.end - len(company.suffix) and branch.end > company.end
    return own_suffix and company.type == branch.type == OrgType.company
