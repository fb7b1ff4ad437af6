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

from gonghui_build import lexicon
from gonghui_build.chars import is_cjk
from gonghui_build.tokenizer import Token, tag_tokens

#: Parts of speech that can be part of an organisation name.
NAME_TAGS = ("n", "j", "b", "vn", "an", "eng", "s", "m", "nz", "nt", "ns", "nr", "ng", "l")
MAX_NAME = 30


@dataclass(frozen=True)
class OrgGrammar:
    suffix_re: re.Pattern[str]
    suffix_type: dict[str, str]
    bare: frozenset[str]
    generic: frozenset[str]
    left_stops: frozenset[str]
    city_prefixes: tuple[str, ...]


@functools.cache
def grammar() -> OrgGrammar:
    data = lexicon.load("org_suffixes.yaml")
    suffix_type = {s: kind for kind, items in data["suffixes"].items() for s in items}
    alternation = "|".join(re.escape(s) for s in sorted(suffix_type, key=lambda s: -len(s)))
    return OrgGrammar(
        suffix_re=re.compile(f"(?:{alternation})"),
        suffix_type=suffix_type,
        bare=frozenset(data["bare"]),
        generic=frozenset(data["generic_bodies"]),
        left_stops=frozenset(data["left_stops"]),
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
    return token.tag in ("ns", "nt") or token.word in lexicon.places().by_any_name


def _walk_left(tokens: list[Token], start: int, text: str) -> int:
    """Where a name ending at a suffix that starts at ``start`` begins."""
    g = grammar()
    i = _token_index(tokens, start)
    begin = start
    if i < len(tokens) and tokens[i].start < start:
        begin = tokens[i].start  # the suffix starts inside a word: 镇党委
    j = i - 1
    while j >= 0:
        tok = tokens[j]
        if tok.word in g.left_stops or not all(is_cjk(c) or c.isalnum() for c in tok.word):
            break
        if tok.tag.startswith("v") and tok.tag != "vn":
            # a verb inside a name only right after a place: 北京|排水|集团
            if j == 0 or not _is_place(tokens[j - 1]):
                break
        elif not tok.tag.startswith(NAME_TAGS):
            break
        if tok.tag == "m" and not re.fullmatch(r"[一二三四五六七八九十〇零]+|\d{1,3}", tok.word):
            break
        if begin - tok.start > MAX_NAME:
            break
        begin = tok.start
        j -= 1
    # trim generic words on the left: 全区各级工会 → nothing, 基层工会 → nothing
    while begin < start:
        k = _token_index(tokens, begin)
        if k < len(tokens) and tokens[k].word in g.generic and tokens[k].end <= start:
            begin = tokens[k].end
        else:
            break
    return begin


def org_ending_at(text: str, end: int, tokens: list[Token] | None = None) -> OrgSpan | None:
    """The organisation name that ends at ``end`` in ``text``, if any."""
    suffix = _suffix_at_end(text, end)
    if suffix is None:
        return None
    tokens = tokens if tokens is not None else tag_tokens(text)
    start = end - len(suffix)
    begin = _walk_left(tokens, start, text)
    return OrgSpan(begin, end, text[begin:end], suffix, grammar().suffix_type[suffix])


def find_org_spans(text: str, tokens: list[Token] | None = None) -> list[OrgSpan]:
    """Organisation names in ``text``, outermost first when names nest."""
    g = grammar()
    tokens = tokens if tokens is not None else tag_tokens(text)
    candidates: list[OrgSpan] = []
    for match in g.suffix_re.finditer(text):
        end = match.end()
        # the suffix must end a word: 工会 in 工会干部 is no organisation name
        k = _token_index(tokens, end - 1)
        if k < len(tokens) and tokens[k].end > end:
            continue
        span = org_ending_at(text, end, tokens)
        if span is None:
            continue
        if not span.body:
            continue  # a bare suffix: resolved in context, not found on its own
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
        best = None
        for pos, name, _suffix in self.orgs:
            if pos <= offset and name.endswith(suffixes):
                best = name
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


def resolve(written: str, offset: int, context: ArticleContext) -> Resolved | None:
    """The full, current name of an organisation written ``written`` at ``offset``."""
    g = grammar()
    places = lexicon.places()
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

    # 区总工会 / 县总工会: the district named nearest before
    if body[:1] in ("区", "县") and not district_of(written):
        district = context.district_before(offset)
        if district is None:
            return None
        name, how = district + written[1:], "context"
    # 市总工会: this paper's city
    elif not district_of(written):
        for prefix in g.city_prefixes:
            if written.startswith(prefix) and len(written) > len(prefix) + 1:
                rest = written[len(prefix) :]
                if (
                    rest.startswith("委")
                    or rest in g.suffix_type
                    or _suffix_at_end(rest, len(rest))
                ):
                    name = places.city + rest
                    how = "exact" if prefix == places.city else "alias"
                break
    # 局工会, 校工会, 集团, 街道总工会: the nearest full name of that kind before
    if how == "exact" and (body in _CONTEXT_SUFFIX or written in _CONTEXT_SUFFIX or body == ""):
        key = body if body in _CONTEXT_SUFFIX else written
        if key in _CONTEXT_SUFFIX:
            parent = context.org_before(offset, _CONTEXT_SUFFIX[key])
            if parent is None:
                return None
            name = parent + (written[len(key) :] if body in _CONTEXT_SUFFIX else "")
            how = "context"
        else:
            return None
    name, renamed = _current_name(name)
    if renamed:
        how = "former_name"
    return Resolved(name=name, resolved_by=how, district=district_of(name), type=kind)


def org_type(name: str) -> str:
    suffix = None
    g = grammar()
    for size in range(min(6, len(name)), 0, -1):
        if name[-size:] in g.suffix_type:
            suffix = name[-size:]
            break
    return g.suffix_type[suffix] if suffix else "other"
