"""Organisation names: found by the grammar of Chinese names, resolved in context.

A Chinese organisation name is a place, a body and a suffix that says what it is:
``通州区`` + ``总工会``, ``北京`` + ``排水`` + ``集团``, ``中国石化销售有限公司北京石油`` +
``分公司``. Names are found from their suffix (``reference/org_suffixes.yaml``), walking
left over jieba's words while they can be part of a name (nouns, places, abbreviations;
a verb only between a place and the rest, as 排水 in 北京排水集团), and stopping at
function words and verbs.

Short forms are resolved against the article: ``市总工会`` in this Beijing paper is
北京市总工会; ``区总工会`` is the federation of the district named nearest before it;
``集团`` alone, ``局工会`` or ``校工会`` refer back to the nearest full name of that kind.
Renamed counties (密云县 → 密云区) are read from ``reference/districts.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from gonghui_build import reference as lexicon
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token, tag_tokens

#: Parts of speech that can be part of an organisation name.
NAME_TAGS = (
    "n",
    "j",
    "b",
    "vn",
    "an",
    "eng",
    "s",
    "m",
    "nz",
    "nt",
    "ns",
    "nr",
    "ng",
    "l",
    "g",
    "zg",
)
#: Parts of speech that make a body particular (a place, an organisation, an
#: abbreviation, a proper noun) rather than a kind of body (基层, 品牌, 高校).
PROPER_TAGS = frozenset({"ns", "nt", "nz", "j", "nr", "nrt", "nrfg", "eng", "g"})
#: Parts of speech that never stand in a brand (字号): prepositions, conjunctions,
#: particles, pronouns, adverbs, punctuation.
BRAND_STOP_TAGS = ("p", "c", "u", "r", "d", "x", "y", "e", "o")
#: Words that open a plural or generic reference: 各乡镇总工会, 全区工会, 有关单位.
DETERMINERS = (
    "各",
    "全",
    "所有",
    "有关",
    "相关",
    "部分",
    "其他",
    "其它",
    "多家",
    "这些",
    "该",
    "本",
)
#: Bodies of the city and its districts that jieba reads as common nouns.
PROPER_WORDS = frozenset({"市委", "区委", "县委", "市政府", "区政府", "县政府", "首都"})
#: Party committees printed beside a government: 市委市政府 are two bodies.
PARALLEL_BODIES = frozenset({"市委", "区委", "县委", "省委"})
#: Bodies that stand beside a Party committee rather than inside it (区委办公室 is one
#: body; 市委市政府 are two).
FULL_BODIES = ("人民政府", "人大常委会", "政府", "人大", "政协")
#: A body ending with one of these names a level or a sector, not an organisation:
#: 区一级工会, 文博系统工会.
LEVEL_ENDINGS = ("一级", "级", "系统")
#: Place levels whose federation is their 总工会 (青龙湖镇 + 总工会).
PLACE_LEVELS = ("镇", "乡", "街道", "区", "县")
#: One-character place words jieba tags oddly (县/zg): always part of a name.
PLACE_MARKERS = frozenset({"市", "区", "县", "镇", "乡"})
#: Suffixes of places: a street or town named alone is a place, not an organisation
#: mention (来自西城区大栅栏街道的…), though its union or committee is one.
PLACE_SUFFIXES = frozenset({"街道", "镇", "乡"})
#: Levels of place or unit: an abbreviation never skips one (西城区总工会 is not short
#: for 西城区德胜街道总工会).
LEVEL_WORDS = ("街道", "镇", "乡", "村", "社区", "分公司", "大学", "学院", "局")
#: Company forms an abbreviation may leave out: 北汽集团 for 北京汽车集团有限公司.
COMPANY_FORMS = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司")
#: What may stand before a suffix inside one jieba word: 市委|党校, 镇|党委, 区委|党校.
INNER_PREFIXES = frozenset({"市委", "区委", "县委", "镇", "市", "区", "县", "街道", "市总", "区总"})
MAX_NAME = 30


@dataclass(frozen=True)
class OrgGrammar:
    suffix_re: re.Pattern[str]
    suffix_type: dict[str, str]
    bare: frozenset[str]
    generic: frozenset[str]
    left_stops: frozenset[str]
    left_stops_re: re.Pattern[str]
    suffix_forms: dict[str, str]
    city_prefixes: tuple[str, ...]


@functools.cache
def grammar() -> OrgGrammar:
    data = lexicon.load("org_suffixes.yaml")
    suffix_type = {s: kind for kind, items in data["suffixes"].items() for s in items}
    alternation = lexicon.alternation(suffix_type)
    return OrgGrammar(
        suffix_re=re.compile(f"(?:{alternation})"),
        suffix_type=suffix_type,
        bare=frozenset(data["bare"]),
        generic=frozenset(data["generic_bodies"]),
        left_stops=frozenset(data["left_stops"]),
        left_stops_re=re.compile(lexicon.alternation(data["left_stops"])),
        suffix_forms=dict(data["suffix_forms"]),
        city_prefixes=tuple(sorted(data["city_prefixes"], key=len, reverse=True)),
    )


@dataclass(frozen=True)
class OrgSpan:
    start: int
    end: int
    written: str
    suffix: str
    type: str

    @property
    def body(self) -> str:
        return self.written[: -len(self.suffix)]


def _suffix_at_end(text: str, end: int) -> str | None:
    """The longest organisation suffix ending at ``end``."""
    g = grammar()
    for size in range(min(6, end), 0, -1):
        candidate = text[end - size : end]
        if candidate in g.suffix_type:
            return candidate
    return None


def _token_index(tokens: list[Token], offset: int) -> int:
    """Index of the token containing ``offset``."""
    for i, t in enumerate(tokens):
        if t.start <= offset < t.end:
            return i
    return len(tokens)


def _is_place(token: Token) -> bool:
    """A place or other proper word: a verb after it may be part of a name."""
    return token.tag in PROPER_TAGS or token.word in lexicon.places().by_any_name


def _has_proper(text: str) -> bool:
    return any(
        t.tag in PROPER_TAGS or t.word in lexicon.places().by_any_name for t in tag_tokens(text)
    )


@functools.cache
def _street_of_district() -> re.Pattern[str]:
    """A district and up to four characters after it, ending where the regex stops."""
    return re.compile(rf"(?:{lexicon.places().district_regex.pattern})[\u4e00-\u9fff]{{1,4}}$")


def _walk_left(tokens: list[Token], start: int, text: str, suffix_type: str) -> int:
    """Where a name ending at a suffix (of type ``suffix_type``) that starts at
    ``start`` begins."""
    g = grammar()
    i = _token_index(tokens, start)
    begin = start
    if i < len(tokens) and tokens[i].start < start:
        begin = tokens[i].start  # the suffix starts inside a word: 镇党委
    j = i - 1
    while j >= 0:
        tok = tokens[j]
        in_brand = (  # 北京|鼎|和|百货…: a brand of two characters jieba splits at 和
            tok.word in ("和", "与")
            and j >= 2
            and len(tokens[j - 1].word) == 1
            and tokens[j - 1].end == tok.start
            and _is_place(tokens[j - 2])
        )
        if in_brand:
            begin, j = tok.start, j - 1
            continue
        if tok.word in g.left_stops or not all(is_cjk(c) or c.isalnum() for c in tok.word):
            break
        if tok.word in PLACE_MARKERS:
            begin, j = tok.start, j - 1
            continue
        if tok.word in PARALLEL_BODIES and text[start:].startswith(FULL_BODIES):
            break  # 市委市政府: two bodies side by side
        known = tokenizer.dictionary_tag(tok.word) or tok.tag
        verb = (tok.tag.startswith("v") and tok.tag != "vn") or (
            known.startswith("v") and known != "vn"
        )
        if verb or not tok.tag.startswith(NAME_TAGS):
            # a company's brand (字号) after its place may be any word: 北京|排水|集团,
            # 北京|宏远|建设办公室; elsewhere a verb or adjective ends the name
            after_place = j > 0 and _is_place(tokens[j - 1])
            # a one-character brand word right after the place (北京|亦|城智能电气有限
            # 公司) is part of the name whatever jieba tags it, unless it is a function
            # word that ends a phrase (的, 和, 在)
            brand_char = (
                after_place
                and len(tok.word) == 1
                and is_cjk(tok.word)
                and tok.tag not in ("uj", "c", "p")
            )
            if not after_place or (tok.tag.startswith(BRAND_STOP_TAGS) and not brand_char):
                break
        if tok.tag == "m" and re.fullmatch(r"[\d.]+", tok.word):
            break  # 22名专职工会: a count, not a name (八角, 二七 are names)
        if tok.word.endswith(("年", "月", "日", "年度")) and (
            tok.tag in ("t", "m") or len(tok.word) == 1
        ):
            break  # 2013年市园林绿化局, 今年…: a date before the name (东四街道 is a name)
        if tok.tag == "q" or (tok.word[-1] in "名家个位支" and tok.tag in ("m", "q", "n")):
            break
        if begin - tok.start > MAX_NAME:
            break
        begin = tok.start
        j -= 1
    # a street or town between its district and its suffix may be any characters
    # (海淀区|上|地|街道): the name starts at the district
    k = _token_index(tokens, begin)
    if k < len(tokens) and tokens[k].word in PLACE_SUFFIXES:
        before = _street_of_district().search(text, max(0, begin - MAX_NAME), begin)
        if before and not g.left_stops_re.search(before.group(0)):
            begin = before.start()
    # trim generic words on the left: 全区各级工会 → nothing, 基层工会 → nothing
    while begin < start:
        k = _token_index(tokens, begin)
        if k < len(tokens) and tokens[k].word in g.generic and tokens[k].end <= start:
            begin = tokens[k].end
        else:
            break
    return begin


def is_particular(span: OrgSpan, tokens: list[Token]) -> bool:
    """Whether a name names one organisation rather than a kind (基层工会, 高校工会).

    Its body must hold a place, an organisation or abbreviation, a proper noun, a word
    jieba does not know (a brand: 金隅, 妫川), or a short form read in context (市, 区,
    局); it must not open with a determiner (各乡镇总工会); a Party committee of an
    organisation (某公司党委) is an inner body, named in titles, not an organisation.
    """
    g = grammar()
    body = span.body
    if body.startswith(DETERMINERS) or body.endswith(LEVEL_ENDINGS) or body in g.generic:
        return False  # 各乡镇总工会, 市级工会, 镇街总工会
    if span.suffix in lexicon.titles().inner_bodies and _suffix_at_end(body, len(body)):
        return False
    places = lexicon.places()
    if body in PROPER_WORDS or district_of(body) or body.startswith(g.city_prefixes):
        return True
    if body in PLACE_MARKERS:
        return True  # 县总工会, 区委: a short form read in context
    inside = [t for t in tokens if t.start >= span.start and t.end <= span.start + len(body)]
    if not inside:
        return _has_proper(body)  # one word with its suffix: 北京市委, 中国人民抗日战争纪念馆
    for t in inside:
        if t.word in g.generic:
            continue
        if t.tag in PROPER_TAGS or t.word in places.by_any_name or t.word in PROPER_WORDS:
            return True
        if t.word in g.city_prefixes or t.word in ("区", "县") or t.word in g.bare:
            return True
        if (
            len(t.word) > 1
            and is_cjk(t.word[0])
            and not tokenizer.frequency(t.word)
            and not set(t.word) & set("委局会厂所院部处科办")
        ):
            return True  # a word jieba does not know: a brand (妫川), not 委局
        if t.word.endswith(("区", "县", "镇", "乡", "街道")) and len(t.word) > 2:
            return True  # a place jieba tags as a common noun: 平谷区, 兴谷开发区
    return False


def org_ending_at(text: str, end: int, tokens: list[Token] | None = None) -> OrgSpan | None:
    """The organisation name that ends at ``end`` in ``text``, if any."""
    suffix = _suffix_at_end(text, end)
    if suffix is None:
        return None
    tokens = tokens if tokens is not None else tag_tokens(text)
    start = end - len(suffix)
    # a department whose full name holds 和 (住房和城乡建设委员会): the whole name is
    # the suffix, so that 和 does not end the name
    for full in grammar().suffix_forms.values():
        if text.startswith(full, end - len(full)):
            start = end - len(full)
            break
    kind = grammar().suffix_type[suffix]
    begin = _walk_left(tokens, start, text, kind)
    return OrgSpan(begin, end, text[begin:end], suffix, kind)


def _caption_title_after(text: str, end: int) -> bool:
    """X公司工会主席 尉迟兰: in a caption or speaker line the title after the suffix is
    followed by a space and the name, and jieba's one word 工会主席 hides the suffix."""
    title = lexicon.titles().regex.match(text, end)
    return bool(title) and text[title.end() : title.end() + 1] in (" ", "\u3000")


def find_org_spans(text: str, tokens: list[Token] | None = None) -> list[OrgSpan]:
    """Organisation names in ``text``, outermost first when names nest."""
    g = grammar()
    tokens = tokens if tokens is not None else tag_tokens(text)
    candidates: list[OrgSpan] = []
    for match in g.suffix_re.finditer(text):
        end = match.end()
        # the suffix must end a word: 工会 in 工会干部 is no organisation name
        k = _token_index(tokens, end - 1)
        if k < len(tokens) and tokens[k].end > end and not _caption_title_after(text, end):
            continue
        # …and start one, unless the word is itself a name: 局 in 格局, 镇 in 冰镇
        k = _token_index(tokens, match.start())
        if k < len(tokens) and tokens[k].start < match.start():
            left = text[tokens[k].start : match.start()]
            # 局 in 格局, 工会 in 职工会 are no suffix; 学校 in 技术学校 heads a compound
            bound = len(match.group(0)) == 1 or len(left) < 2
            if (
                bound
                and tokens[k].tag not in ("nt", "ns", "nz", "j")
                and left not in INNER_PREFIXES
                and not _has_proper(left)
            ):
                continue
        if match.group(0) in lexicon.titles().inner_bodies:
            continue  # 某公司党委: a body inside an organisation, named in titles
        if text.rfind("《", 0, match.start()) > text.rfind("》", 0, match.start()):
            continue  # inside a document's title: 《中国工会章程》
        span = org_ending_at(text, end, tokens)
        if span is None or (not span.body and span.suffix not in PARALLEL_BODIES):
            continue  # a bare suffix (but 市委, 区委): resolved in context, not found alone
        if not is_particular(span, tokens):
            continue
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


# --- resolution -----------------------------------------------------------------------


@dataclass(frozen=True)
class Resolved:
    name: str  # canonical name
    resolved_by: str  # exact | alias | former_name | context | abbreviation
    district: str | None
    type: str


@dataclass
class ArticleContext:
    """What an article has named so far: districts, streets, full organisation names."""

    districts: list[tuple[int, str]] = field(default_factory=list)  # (offset, district)
    orgs: list[tuple[int, str, str]] = field(default_factory=list)  # (offset, name, suffix)

    def district_before(self, offset: int) -> str | None:
        best = None
        for pos, name in self.districts:
            if pos <= offset:
                best = name
        return best or (self.districts[0][1] if self.districts else None)

    def org_before(self, offset: int, suffixes: tuple[str, ...]) -> str | None:
        """The last full name before ``offset`` with one of ``suffixes``; a union counts
        for its enterprise or place (集团工会 after 北京…集团有限公司工会, 街道总工会
        after 新村街道总工会)."""
        best = None
        for pos, name, _suffix in self.orgs:
            if pos > offset:
                continue
            if name.endswith(suffixes):
                best = name
                continue
            for union in ("总工会", "工会"):
                stem = name[: -len(union)]
                # not a short form itself (集团工会)
                if name.endswith(union) and stem.endswith(suffixes) and not context_kinds(stem):
                    best = stem
                    break
        return best


def districts_in(text: str) -> list[tuple[int, str]]:
    """Districts named in ``text`` (current names; former county names mapped)."""
    places = lexicon.places()
    out = []
    for match in places.district_regex.finditer(text):
        out.append((match.start(), places.by_any_name[match.group(0)].name))
    return out


def district_of(name: str) -> str | None:
    for match in lexicon.places().district_regex.finditer(name):
        return lexicon.places().by_any_name[match.group(0)].name
    return None


def _current_name(name: str) -> tuple[str, bool]:
    """Replace a former county name by the district's current name."""
    for d in lexicon.places().districts:
        if d.former and name.startswith(d.former) and not name.startswith(d.name):
            return d.name + name[len(d.former) :], True
    return name, False


_CONTEXT_SUFFIX = {
    "局": ("局",),
    "校": ("大学", "学院", "学校", "党校"),
    "院": ("学院", "法院", "研究院", "医院"),
    "集团": ("集团", "集团有限公司", "集团股份有限公司"),
    "公司": ("公司",),
    "厂": ("厂",),
    "街道": ("街道",),
    "镇": ("镇",),
}


def context_kinds(short: str) -> tuple[str, ...]:
    """The endings of the full names a short form refers back to: 局工会 → a 局, 校工会
    → a 大学/学院/学校, 医院工会 → a 医院; any bare suffix (集团, 医院, 中心…) refers to
    a name with that ending. Empty for a name that is no short form."""
    if short in _CONTEXT_SUFFIX:
        return _CONTEXT_SUFFIX[short]
    return (short,) if short in grammar().bare else ()


@functools.cache
def fixed_aliases() -> dict[str, tuple[str | None, str | None]]:
    """``reference/org_aliases.yaml``: alias → (full name, type); None for non-names."""
    data = lexicon.load("org_aliases.yaml")
    return {a["alias"]: (a["name"], a["type"]) for a in data["aliases"]}


def resolve(written: str, offset: int, context: ArticleContext) -> Resolved | None:
    """The full, current name of an organisation written ``written`` at ``offset``."""
    g = grammar()
    places = lexicon.places()
    if written in fixed_aliases():
        name, kind = fixed_aliases()[written]
        return Resolved(name, "alias", district_of(name), kind) if name and kind else None
    suffix = None
    for size in range(min(6, len(written)), 0, -1):
        if written[-size:] in g.suffix_type:
            suffix = written[-size:]
            break
    if suffix is None:
        return None
    kind = g.suffix_type[suffix]
    body = written[: -len(suffix)]
    name, how = written, "exact"
    if written in PARALLEL_BODIES:  # 市委 alone is this city's; 区委 the district's
        if written[0] == "市":
            return Resolved(places.city + "委", "alias", None, kind)
        district = context.district_before(offset)
        if district is None:
            return None
        return Resolved(district + "委", "context", district, kind)

    # 区总工会 / 县总工会: the district named nearest before
    if body[:1] in ("区", "县") and not district_of(written):
        district = context.district_before(offset)
        if district is None:
            return None
        name, how = district + written[1:], "context"
        if suffix == "党校" and body in ("区", "县"):
            name = district + "委党校"  # a party school belongs to the Party committee
    # 市总工会, 本市…: this paper's city (北京X names stay as printed: 北京汽车集团)
    elif not district_of(written) and not written.startswith(places.city):
        for prefix in g.city_prefixes:
            if written.startswith(prefix) and len(written) > len(prefix) + 1:
                name, how = places.city + written[len(prefix) :], "alias"
                break
    # 局工会, 校工会, 集团, 街道总工会: the nearest full name of that kind before
    if how == "exact" and (context_kinds(body) or context_kinds(written) or body == ""):
        key = body if context_kinds(body) else written
        if context_kinds(key):
            parent = context.org_before(offset, context_kinds(key))
            if parent is None:
                return None
            name = parent + (written[len(key) :] if context_kinds(body) else "")
            how = "context"
            # the name referred to may itself be printed short (市园林绿化局 → 北京市…)
            full = resolve(name, offset, context) if name != written else None
            if full is not None:
                name = full.name
        else:
            return None
    for short, full in g.suffix_forms.items():
        if name.endswith(short) and len(name) > len(short):
            name = name[: -len(short)] + full  # 人力社保局 → 人力资源和社会保障局
            break
    name, renamed = _current_name(name)
    if renamed:
        how = "former_name"
    # a street's or town's body without its district: the district the article names
    if not district_of(name) and any(p in name[: -len(suffix)] for p in PLACE_SUFFIXES):
        district = context.district_before(offset)
        if district:
            name, how = district + name, "context" if how == "exact" else how
    return Resolved(name=name, resolved_by=how, district=district_of(name), type=kind)


def _subsequence_gaps(short: str, full: str) -> list[str] | None:
    """The runs of ``full`` that ``short`` skips, if it is an ordered subsequence."""
    gaps, gap, i = [], "", 0
    for ch in full:
        if i < len(short) and ch == short[i]:
            if gap:
                gaps.append(gap)
                gap = ""
            i += 1
        else:
            gap += ch
    if i < len(short):
        return None
    if gap:
        gaps.append(gap)
    return gaps


def is_bare_suffix(name: str) -> bool:
    """``总工会``, ``工会``: a suffix printed with no name before it."""
    return name in grammar().suffix_type


def is_abbreviation(short: str, full: str) -> bool:
    """``北汽集团`` of ``北京汽车集团有限公司``, ``密云区工会`` of ``密云区总工会``.

    The short name keeps the full one's characters in order, starts like it (or like it
    without its place prefix), ends with the same suffix (or the full one's suffix
    before its company form), and skips no level of place or unit.
    """
    if short == full or len(short) >= len(full):
        return False
    core = full
    for form in COMPANY_FORMS:
        if full.endswith(form) and not short.endswith(form):
            core = full[: -len(form)] + ("集团" if form == "集团有限公司" else "")
            break
    suffix = _suffix_at_end(short, len(short))
    if suffix is None or not core.endswith(suffix) or len(short) - len(suffix) < 2:
        return False
    stripped = re.sub(r"^(北京市|北京|中国)", "", core)
    body = short[: -len(suffix)]
    if full.endswith(short) and body.endswith(("区", "县", "镇", "乡", "街道")) and len(body) >= 3:
        return True  # 开发区总工会 of 北京经济技术开发区总工会: the place without its prefix
    if short[0] not in (core[0], stripped[:1]):
        return False
    gaps = _subsequence_gaps(short, core)
    if gaps is None:
        return False
    skipped = "".join(gaps)
    for form in ("股份", "有限公司", "有限责任公司"):
        skipped = skipped.replace(form, "")  # company forms may be left out freely
    if len(skipped) > 6:
        return False
    return not any(level in gap for gap in gaps for level in LEVEL_WORDS)


def org_type(name: str) -> str:
    suffix = None
    g = grammar()
    for size in range(min(6, len(name)), 0, -1):
        if name[-size:] in g.suffix_type:
            suffix = name[-size:]
            break
    return g.suffix_type[suffix] if suffix else "other"
