"""Whether an organisation's name names one body (某区总工会, 北京排水集团) or a kind
of body (基层工会, 各乡镇总工会, 高校工会): its body must hold a place, a proper word, a
brand, a number or a short form read in context.
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import (
    PROPER_TAGS,
    is_city_short_form,
    is_city_word,
    is_division,
    is_place,
)
from gonghui_build.extract.organisations.edges import level_department, split_brand_opening
from gonghui_build.extract.organisations.indefinite import names_no_one_body
from gonghui_build.extract.organisations.names import (
    district_of,
    is_bare_suffix,
    is_department,
    of_a_federation_short_form,
    opening_word,
    owner_and_department,
    suffix_of,
    whole_divisions,
    words,
)
from gonghui_build.extract.organisations.org_spans import OrgSpan, org_ending_at
from gonghui_build.extract.organisations.unit_numbers import numbered_unit, ordinal_unit
from gonghui_build.extract.organisations.walk import NAME_TAGS
from gonghui_build.extract.organisations.word_named_mines import word_named_mine
from gonghui_build.text import gazetteer, places, tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.numbers import ORDER_NUMERALS
from gonghui_build.text.tokenizer import Token, tag_tokens
from gonghui_build.vocabulary import UNION_TYPES, OrgType

#: An ordinal ending a body: 第六次工会(会员代表大会) names a congress, not a union.
_ORDINAL = re.compile(rf"第[{ORDER_NUMERALS}\d]+[次届]$")


def has_proper_word(text: str) -> bool:
    """Whether ``text`` holds a place or another proper word (jieba's tags, the places
    of the reference): what makes a short body one body's."""
    return any(is_place(t) for t in tag_tokens(text))


def _names_one_body(body: str, span: OrgSpan) -> bool | None:
    """What the body alone settles: a kind of body (各乡镇总工会, 市级工会), an inner
    body of an organisation (某公司党委), or a place or short form read in context."""
    if span.written in words("youth_league_committees") or (
        is_department(span.suffix) and gazetteer.lookup(span.written) is not None
    ):
        return True  # 团区委 (one place's); 全国总工会权益保障部: the gazetteer's department
    if span.suffix in words("quoted_team_suffixes") and body.startswith("“"):
        return True  # “娘家人”志愿服务队: the quoted word names the team (quoted_brands)
    if _level_and_kind(body):
        return False  # 省产业工会, 市产业工会: a level's unions of every industry
    if words("national_bodies").starting(span.written):
        return True  # 全国铁路总工会: the one national body 全国 opens (no kind 全国各级工会)
    if len(span.suffix) > 1 and gazetteer.lookup(body) is not None:
        return True  # 农业|农村部|人事司: a unit of a body the gazetteer names, however cut
    if _department_of_a_known_union(span.written):
        return True  # 全国总工会|女职工委员会: a committee of a union the gazetteer names
    if _sector_of_a_place(body, span):
        return True  # 某市建设系统工会: one place's union of a sector
    if span.written in words("departments"):
        return False  # 选举产生新一届经审委员会: a union's committee without its union
    if words("registered_forms").starting(body):
        return False  # 有限公司|朝阳营业部: a unit left of which the walk lost the company
    if words("venue_endings").ending(span.written):
        return False  # 在某市会议中心开幕: a venue, the event's place
    if _investment_short_form(body, span):
        return True  # 工投集团, 市国投集团: a state investment company's short form
    if whole_divisions(body):
        return True  # 某市平城区总工会, 本溪市某区总工会 (本 is no determiner here)
    if words("corps_divisions").starting(body):
        return True  # 第十一师总工会, 八师某团工会: a division of the Xinjiang Corps
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
    if places.by_full_name(body):
        return True  # 渠县总工会: a place of China by its full name, however jieba cuts it
    if body in words("place_markers"):
        return True  # 县总工会, 区委: a short form read in context
    if not body and span.suffix in words("parallel_bodies"):
        return True  # 县委 alone (代表县委讲话): the committee of the place read in context
    return None


def _investment_short_form(body: str, span: OrgSpan) -> bool:
    """工投|集团, 市|产投|集团: one field's character and 投 (``investment_short_form_
    endings``: 城投, 交投, 工投), alone or after a bare level word, before a company's
    suffix: the short name of a state investment company, which holds no proper word
    jieba knows (工|投, 到工|投); not a kind of investment firm (``investment_kinds``:
    风投|公司, a venture capital firm)."""
    brand = body[1:] if body[:1] in words("place_markers") else body
    return (
        span.type == "company"
        and len(brand) == 2
        and is_cjk(brand[0])
        and brand[0] not in words("place_markers")
        and words("investment_short_form_endings").ending(brand) is not None
        and brand not in words("investment_kinds")
    )


def _district_cut_before_its_area_word(inside: list[Token]) -> bool:
    """某市|三|山区, 某市|新|城区: a place, then one character and a generic word of an
    area that ends with a district's level (山区, 城区, 郊区): a district's name jieba cut
    after its first character, one the gazetteer does not hold (a former district, as
    三山区 of 芜湖市 until 2020), not the kind of area the word alone names (whole
    divisions the gazetteer knows are read by :func:`whole_divisions`)."""
    if len(inside) < 3 or not words("district_markers").ending(inside[-1].word):
        return False
    first, place = inside[-2], inside[-3]
    one_character = len(first.word) == 1 and is_cjk(first.word)
    joined = place.end == first.start and first.end == inside[-1].start
    word_class = not first.tag.startswith(("v", "p", "c", "u", "r", "d"))
    return one_character and joined and word_class and is_place(place)


#: The word a prefecture not yet made a city was named by (地区: 《中华人民共和国行政区划
#: 简册》, the prefecture-level 地区 most became 地级市 from the 1980s on).
_PREFECTURE_AREA = "地区"


def _prefecture_printed_as_area(inside: list[Token]) -> bool:
    """某某|地区|总工会: a prefecture's short name (汉中 of 汉中市) and 地区 right after it,
    as pages of the years before the prefecture became a city print its bodies; alone
    (地区总工会) or after no prefecture (西部地区) 地区 stays a kind of area."""
    if len(inside) != 2 or inside[-1].word != _PREFECTURE_AREA:
        return False
    place = inside[0]
    if place.end != inside[1].start:
        return False
    return any(
        m.start == 0
        and m.end == len(place.word)
        and not m.full
        and any(d.level == "prefecture" and place.word in d.short for d in m.divisions)
        for m in places.find_places(place.word)
    )


def _level_and_kind(body: str) -> bool:
    """省|产业, 市|产业: a level word alone and a kind of union (``org_suffixes.yaml``
    level_kinds), the level's unions of that kind, not one body the place fills."""
    level = words("federation_short_levels").starting(body)
    return level is not None and body[len(level) :] in words("level_kinds")


def _sector_of_a_place(body: str, span: OrgSpan) -> bool:
    """某市纺织系统|工会: a named place, then a trade, then 系统, before a union's suffix
    names the union of one place's sector (an industry union), where 文博系统工会 or
    全省纺织系统工会 names the unions of a sector."""
    ending = words("sector_endings").ending(body)
    if ending is None or span.type not in UNION_TYPES:
        return False
    trade = (*NAME_TAGS, "v", "a")  # 纺织/v, 卫生/an 健康/a
    level = words("place_markers").starting(body)
    if level is not None and len(level) == 1:
        # 市|卫生健康系统工会, 区|卫健系统工会: the level word the article's place fills
        # (as 市卫健工会); its trade is read alone, where jieba may glue the level to it
        rest = tag_tokens(body[1 : -len(ending)])
        return bool(rest) and all(t.tag.startswith(trade) for t in rest)
    tokens = tag_tokens(body[: -len(ending)])
    if len(tokens) < 2 or not (is_place(tokens[0]) or is_division(tokens[0].word)):
        return False
    if tokens[0].word in words("own_places"):
        return False  # 全市|教育系统工会: the unions of a sector, every one of them
    return all(t.tag.startswith(trade) for t in tokens[1:])


def _zone_named_in_full(zone: str) -> bool:
    """某某经开区, 某市高新区: a zone or a district whose name a place or a proper word
    opens (not 区, 本区, 全区: a level word alone, or a determiner)."""
    if not words("place_endings").ending(zone) or opening_word(zone, "determiners"):
        return False
    level = words("place_endings").ending(zone)
    opening = tag_tokens(zone[: -len(level)])
    return len(zone) > len(level) + 1 and any(particular_word(t) for t in opening)


def _department_of_a_known_union(name: str) -> bool:
    """全国总工会|女职工委员会, 全总|经费审查委员会: a department (``departments``) of a
    union the gazetteer names, printed by a short form it holds (全国总工会, 全总). jieba
    reads the short form as one word and 全 opens it, so the name read as a kind (全国,
    a determiner's) where the full name (中华全国总工会女职工委员会) was found."""
    parts = owner_and_department(name)
    known = gazetteer.lookup(parts[0]) if parts is not None else None
    return known is not None and known.type in UNION_TYPES


def _committee_of_a_short_form(name: str) -> bool:
    """县总工会|女工委员会: a department (``departments``: a union's women workers'
    committee) of a federation or a union named by its level word alone."""
    parts = owner_and_department(name)
    if parts is None:
        return False
    owner = parts[0]
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
    if len(t.word) > 2 and places.by_full_name(t.word):
        return True  # 大同市/n: a division by its full name, however jieba tags it
    if (
        t.word in words("city_prefixes")
        or t.word in words("district_markers")
        or t.word in words("level_markers")  # 州|人力资源和社会保障局: the prefecture's
        or t.word in words("bare")
        or t.word in words("measure_short_forms")  # 段|工会: read only glued at a clause's head
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
    owner = suffix_of(body) if span.type in UNION_TYPES else None
    return owner is not None and ordinal_unit(body[: -len(owner)], owner)


def _split_brand(span: OrgSpan, tokens: list[Token]) -> bool:
    """兴|达|机械厂: a name opening with a brand jieba cut into two one-character words
    (``edges.split_brand_opening``) names one factory."""
    k = next((i for i, t in enumerate(tokens) if t.start == span.start + 2), None)
    return k is not None and tokens[k - 2].start == span.start and split_brand_opening(tokens, k)


def is_particular(span: OrgSpan, tokens: list[Token]) -> bool:
    """Whether a name names one organisation rather than a kind (基层工会, 高校工会).

    Its body must hold a place, an organisation or abbreviation, a proper noun, a word
    jieba does not know (a brand: 金隅, 妫川), or a short form read in context (市, 区,
    局); it must not open with a determiner (各乡镇总工会) nor hide its name behind an
    indefinite numeral or count places (``indefinite``); a Party committee of an
    organisation (某公司党委) is an inner body, named in titles, not an organisation.
    """
    body = span.body
    if names_no_one_body(span.written, span.start, tokens):
        return False  # 某区一建筑公司工会, 一家|藏毯厂, 两市工会: no one body named
    settled = _names_one_body(body, span)
    if settled is not None:
        return settled
    if numbered_unit(body) or ordinal_unit(body, span.suffix) or _ordinal_owner(body, span):
        return True  # 312地质队工会, 钻井二公司: a number names the unit as a place would
    inside = [t for t in tokens if t.start >= span.start and t.end <= span.start + len(body)]
    if _registered_company(span, inside) or _split_brand(span, tokens):
        return True
    if not inside:  # one word with its suffix: 北京市委, 中国人民抗日战争纪念馆
        whole = [t for t in tokens if t.start <= span.start and t.end >= span.end]
        # 某汽车公司/nt, but not 党和政府/nt: two bodies of a generic reference
        joined = any(c in body for c in words("brand_conjunctions"))
        organisation_word = len(span.suffix) > 1 and any(t.tag == "nt" for t in whole)
        department = level_department(body)  # 省公安厅/n: a province's department
        # not 新格局/nt
        return has_proper_word(body) or department or (not joined and organisation_word)
    generic_last = len(inside[-1].word) > 1 and inside[-1].word in words("generic_bodies")
    if generic_last and inside[-1].word in words("trade_words") and len(inside) > 1:
        generic_last = inside[-2].word in words("generic_bodies")  # 某饰品|行业: a trade
    if generic_last and _district_cut_before_its_area_word(inside):
        return True  # 芜湖市|三|山区|总工会: a district jieba and the gazetteer do not know
    if (
        generic_last
        and span.type == OrgType.union_federation
        and _prefecture_printed_as_area(inside)
    ):
        return True  # 某某|地区|总工会: a prefecture's federation under its former 地区
    if generic_last and span.type in UNION_TYPES:
        # 城关区新建基层工会: the district's grassroots unions, a kind; but 某某路社区工会
        # is the union of one community, a body with a name of its own
        if inside[-1].word in words("office_staff_words"):  # 某集团|机关|工会: its staff's
            owner = org_ending_at(span.written, len(body) - len(inside[-1].word))
            return bool(owner and owner.body and is_particular(owner, tag_tokens(span.written)))
        if inside[-1].word in words("zone_union_kinds"):  # 某某经开区|楼宇|联合工会
            return _zone_named_in_full(body[: -len(inside[-1].word)])
        inner = org_ending_at(span.written, len(body))
        own = inner is not None and inner.suffix == inside[-1].word  # not 乡|镇 of 乡镇
        return own and bool(inner.body) and has_proper_word(inner.body)
    if word_named_mine(span, inside, tokens):
        return True  # 来到|石门煤矿: a mine named by a word of the language
    return has_particular_word(inside) or _union_of_a_whole_body(span)


def _union_of_a_whole_body(span: OrgSpan) -> bool:
    """区卫健委|工会: a union whose body is the whole name of a body that names one by
    itself (a level word and a department's short form jieba reads as one word, 区卫健委/n,
    which holds no particular word of its own), read on the body's text alone."""
    if span.type not in UNION_TYPES or not span.body:
        return False
    owner = org_ending_at(span.body, len(span.body))
    if owner is None or owner.start != 0 or not owner.body or owner.type in UNION_TYPES:
        return False
    return is_particular(owner, tag_tokens(span.body))
