"""The model's organisations: Baidu LAC's ``ORG`` spans (:mod:`gonghui_build.text.ner`)
checked against the grammar of names, beside the names the grammar finds.

* A span the grammar did not find is a name when it ends with an organisation suffix
  (``reference/org_suffixes.yaml``) and names one body rather than a kind of body
  (:func:`~gonghui_build.extract.organisations.particular.is_particular`): 沈阳三友纺织厂,
  where jieba's one word 纺织厂 hides the suffix 厂 from the grammar.
* A name the grammar walked too far left into (十六曰|沈阳市总工会, 副主席张三代表|北京市
  总工会) is cut where the model's span of the same name starts, when what it cut off
  holds a person, a time, a verb or a function word.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.area_locatives import after_area_locative
from gonghui_build.extract.organisations.brands import is_division
from gonghui_build.extract.organisations.edges import after_joiner, splits_zone_word
from gonghui_build.extract.organisations.joined import full_form_before
from gonghui_build.extract.organisations.names import (
    district_of,
    is_bare_suffix,
    peoples_cell,
    suffix_of,
    suffix_types,
    words,
)
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.organisations.particle_places import known_place
from gonghui_build.extract.organisations.particular import is_particular
from gonghui_build.extract.organisations.quoted_brands import is_quoted_brand
from gonghui_build.extract.organisations.stops import in_name_compound
from gonghui_build.extract.organisations.walk_stops import name_glued_to_on_behalf
from gonghui_build.text import ner, places
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import NAME_DOTS
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import UNION_TYPES

#: The model's tags of what never opens an organisation's name: persons, times, verbs,
#: numerals, function words, punctuation.
NOT_IN_NAMES = frozenset({"PER", "TIME", "v", "vd", "m", "q", "p", "d", "r", "c", "u", "xc", "w"})


#: At most this many characters the model reads before the grammar's start of a name.
_MAX_EXTENSION = 3


def _org_words(text: str) -> list[ner.Word]:
    return [w for w in ner.words(text) if w.tag == "ORG"]


def _span(text: str, start: int, end: int) -> OrgSpan | None:
    start += len(peoples_cell(text, start))  # 某某女|汉族|某县第一中学: the row's cell
    suffix = suffix_of(text, end)
    if suffix is None or not all(is_cjk(c) for c in text[start:end]):
        return None
    written = text[start:end]
    if is_bare_suffix(written):
        return None
    return OrgSpan(start, end, written, suffix, suffix_types()[suffix])


def _cut_left(text: str, span: OrgSpan, model: list[ner.Word]) -> OrgSpan:
    """The grammar's span, started where the model's span of the same name starts when
    the part before it is no part of a name (but a division of the Xinjiang Corps, which
    the model reads as a numeral, is)."""
    whole = full_form_before(text, span.end)  # 某市文化和…局: 和 inside the department's name
    for w in model:
        if whole and w.start > span.end - len(whole):
            continue
        if w.start > span.end - len(span.suffix):
            continue  # 某市总工会宣传|教育部: the model cut the suffix itself (宣传教育部)
        if text[span.start : w.start] in words("corps_divisions"):
            continue  # 一师|阿拉尔市总工会: a division of the Xinjiang Corps, no numeral
        if _dotted_brand(text[span.start : w.start]):
            continue  # 老青岛·|上街里工会联合会: a brand's first part, no punctuation
        if is_quoted_brand(text[span.start : w.start]):
            continue  # “海兰江”|餐饮公司: the company's brand in quotes (quoted_brands)
        if w.end == span.end and span.start < w.start and not splits_zone_word(text, w.start):
            if _place_across(text[span.start : span.end], w.start - span.start):
                continue  # 和|布克赛尔县总工会: the county's short form, cut at its first character
            cut = [x for x in ner.words(text) if span.start <= x.start and x.end <= w.start]
            if any(x.tag in NOT_IN_NAMES for x in cut):
                return OrgSpan(w.start, span.end, text[w.start : span.end], span.suffix, span.type)
    return span


def _place_across(name: str, cut: int) -> bool:
    """Whether a place's full name or short form (和布克赛尔 of 和布克赛尔蒙古自治县) opens
    ``name`` and runs past ``cut``: the model's cut falls inside the place."""
    return any(m.start == 0 and m.end > cut for m in places.find_places(name, county_short=True))


def _dotted_brand(cut: str) -> bool:
    """老青岛·: the first part of a dotted brand the grammar read (a place and a middle
    dot, :func:`.walk.walk_left`), which the model cuts off at the dot."""
    if not cut or cut[-1] not in NAME_DOTS:
        return False
    return any(m.end == len(cut) - 1 for m in places.find_places(cut[:-1]))


def _extend_left(text: str, span: OrgSpan, model: list[ner.Word]) -> OrgSpan:
    """The grammar's span, started where the model's span of the same name starts when
    the model reads a few more characters of Chinese into the name than the grammar:
    one character (经|开区检察院: jieba reads 经 as a preposition), or a place and what
    follows it (北京顺|禾…有限公司: jieba reads 顺 as a verb)."""
    for w in model:
        extra = text[w.start : span.start]
        if w.end != span.end or not 0 < len(extra) <= _MAX_EXTENSION:
            continue
        placed = len(extra) == 1 or any(m.start == 0 for m in places.find_places(extra))
        if _particle_before_level(extra, text[span.start :]):
            continue  # 经|市人社局: a preposition before a short form (经|开区 is a zone)
        if _no_county_of_one_character(extra, text[span.start :]):
            continue  # 是月|县总工会: a chronicle's date before the county's short form
        if after_joiner(text, w.start, span.start) > w.start:
            continue  # 某竞赛暨|某矿: the conjunction joining two headings, no name's
        if after_area_locative(text, w.start, span.end) > w.start:
            continue  # 厂区|内|某公司: the locative of the area before the name
        if all(map(is_cjk, extra)) and placed:
            return OrgSpan(w.start, span.end, text[w.start : span.end], span.suffix, span.type)
    return span


def _particle_before_level(extra: str, name: str) -> bool:
    """经|市人力资源和社会保障局: one function word (``glued_particles``) before a name
    that opens with a bare level word is the sentence's, not the name's; so is a note on
    how the next post is held (``titles.yaml`` title_notes: 副主任兼|县总工会主席, the
    second post of a chain, where the model reads 兼县 as a county)."""
    level = words("place_markers").starting(name)
    if level is None:
        return False
    if extra in words("glued_particles"):
        return True
    # 代县 is a county of China, where 代 is no note
    notes = lexicon.words("titles.yaml", "title_notes")
    return extra in notes and not places.lookup(extra + level)


#: Levels whose every place of a one-character name the gazetteer knows (淇县, 代县, 郊区):
#: a town's (镇, 乡) may be missing from it.
_GAZETTEER_LEVELS = frozenset({"市", "区", "县", "省", "州", "盟", "旗", "自治区"})


def _no_county_of_one_character(extra: str, name: str) -> bool:
    """是月|县总工会, 该|市总工会: one character before a name that opens with a bare level
    word makes a place of one character's name only if the gazetteer knows it (淇县, 代县,
    户县 of old); any other is the sentence's (a chronicle's date, a determiner)."""
    level = words("place_markers").starting(name)
    if len(extra) != 1 or level not in _GAZETTEER_LEVELS:
        return False
    return not known_place(extra + level)


def _place_word(token: Token) -> bool:
    """A place's name (jieba's ns, a division of China, a district of the city)."""
    district = lexicon.places().district(token.word) is not None
    return token.tag == "ns" or district or is_division(token.word)


def _names_a_body(found: OrgSpan, tokens: list[Token]) -> bool:
    """What the grammar asks of a name it finds, asked of the model's: one body, not a
    kind (is_particular); no body inside an organisation (某公司党委); not a place's
    unions (北京市工会, 密云工会: the unions of a place, or its federation's informal
    name); no word that ends a name on the left (和, 在) and no time inside (新时代首都
    工会); no generic word inside (乡镇街道委局公司) unless a place opens the name of a
    body that is no union."""
    if found.suffix in lexicon.titles().inner_bodies or not is_particular(found, tokens):
        return False
    union = found.type in UNION_TYPES
    if union and _union_work_after(found, tokens):
        return False
    city = lexicon.places()
    place = district_of(found.body) or places.lookup(found.body)
    if union and (place or found.body in (city.city, *city.city_short)):
        return False
    inside = [t for t in tokens if found.start <= t.start and t.end <= found.end]
    stops = [
        t.word in words("left_stops") and not in_name_compound(inside, k)
        for k, t in enumerate(inside)
    ]
    if any(t.tag == "t" for t in inside) or any(stops):
        return False
    if any(name_glued_to_on_behalf(inside, k) for k in range(len(inside))):
        return False  # 邵|军代表|集团公司: a person speaking for the body, no part of it
    # a generic word after the place that opens the name is the body's trade or task
    # (某区|城市|管理局, 某省|某都|旅游|服务|有限公司), not a kind of body
    placed = bool(inside) and _place_word(inside[0]) and not union
    return placed or not any(t.word in words("generic_bodies") for t in inside)


def _union_work_after(found: OrgSpan, tokens: list[Token]) -> bool:
    """某开发区|工会工作|论坛理事会: jieba glues the union's suffix and 工作 into one word,
    'union work' (某区工会工作, the district's union work), and the grammar reads no
    union there; the model's union ending inside that word is the work's owner, no
    body's name (the body printed is the forum's council)."""
    word = next((t for t in tokens if t.start < found.end < t.end), None)
    return word is not None and word.word[found.end - word.start :] == _WORK


#: The word jieba glues to a union's suffix after it (工会工作 'union work').
_WORK = "工作"


def with_model(
    text: str, spans: list[OrgSpan], tokens: list[Token], garbled: list[tuple[int, int]]
) -> list[OrgSpan]:
    """The grammar's ``spans`` of ``text``, their left ends checked by the model, and
    the model's names the grammar missed (outside the ``garbled`` runs of the text)."""
    model = _org_words(text)
    out = [_extend_left(text, _cut_left(text, s, model), model) for s in spans]
    for w in model:
        # a bare committee the grammar read (市委) at the end of the model's longer
        # name (中共某市委) gives way to it
        bare = [s for s in out if not s.body and s.end == w.end and w.start < s.start]
        taken = [(s.start, s.end) for s in out if s not in bare] + garbled
        if any(a < w.end and w.start < b for a, b in taken):
            continue
        found = _span(text, after_joiner(text, w.start, w.end), w.end)
        if found is not None and _names_a_body(found, tokens):
            out = [s for s in out if s not in bare] + [found]
    return sorted(out, key=lambda s: s.start)
