"""China's provinces, prefectures and counties: find them in a text, climb to their
province or city, and resolve a bare ``省/市/区/县`` (of 省总工会, 区总工会) in the places
an article names.

The data are ``reference/divisions.yaml`` (generated from the civil-affairs division
codes; see ``gonghui_dev.divisions``). A short form (陕西, 西安) is as good as the full
name for provinces and prefecture-level cities; a county's short form (临潼) is looked
for only on request, and short forms that are ordinary words (平安, 大同) only when asked
for by name: the finder proposes, the caller weighs.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from gonghui_build import reference
from gonghui_build.text.matching import Matcher
from gonghui_build.text.tokenizer import TEXTS_CACHED

PROVINCE, PREFECTURE, COUNTY = "province", "prefecture", "county"
LEVELS = (PROVINCE, PREFECTURE, COUNTY)
MUNICIPALITY = "直辖市"
#: The last characters of a division's full name (某某省, 某某市, 某某区, 某某县, 某某镇,
#: 某某乡, 某某旗, 某某州, 某某盟): a name ending so reads as a place's by its shape.
DIVISION_END_CHARS = "省市区县镇乡旗州盟"
#: The bare level words of 省总工会 / 市总工会 / 区总工会 / 县总工会, and the kinds of
#: division each may stand for.
LEVEL_KINDS = {
    "省": ("省",),
    "自治区": ("自治区",),
    "市": ("直辖市", "地级市", "县级市"),
    "州": ("自治州",),
    "盟": ("盟",),
    "区": ("市辖区",),
    "县": ("县", "自治县"),
    "旗": ("旗", "自治旗"),
}


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    kind: str
    level: str
    parent: str | None
    short: tuple[str, ...] = ()
    short_word: tuple[str, ...] = ()
    abbr: tuple[str, ...] = ()
    name_word: bool = False


def prefecture_forms(d: Division) -> tuple[str, ...]:
    """An autonomous prefecture's short name with its level word (楚雄州 of 楚雄彝族自治州,
    as the prefecture writes itself: 州委, 州总工会), read as its full name."""
    if d.kind != LEVEL_KINDS["州"][0]:
        return ()
    return tuple(s + "州" for s in d.short if not s.endswith("州"))


@dataclass(frozen=True)
class PlaceMention:
    text: str
    start: int
    end: int
    divisions: tuple[Division, ...]  # every division this form can name
    full: bool  # the full name was written (not a short form)


@dataclass(frozen=True, eq=False)
class Divisions:
    by_code: dict[str, Division]

    @functools.cached_property
    def by_name(self) -> dict[str, tuple[Division, ...]]:
        out: dict[str, list[Division]] = {}
        for d in self.by_code.values():
            out.setdefault(d.name, []).append(d)
        return {k: tuple(v) for k, v in out.items()}

    @functools.cached_property
    def by_short(self) -> dict[str, tuple[Division, ...]]:
        out: dict[str, list[Division]] = {}
        for d in self.by_code.values():
            for form in (*d.short, *d.short_word, *prefecture_forms(d)):
                out.setdefault(form, []).append(d)
        return {k: tuple(v) for k, v in out.items()}

    def lookup(self, name: str) -> tuple[Division, ...]:
        """Divisions with this full name, else with this short form (陕西, 西安, 朝阳),
        higher levels first (西安: 西安市 before the 西安区 of 辽源 and 牡丹江)."""
        found = self.by_name.get(name) or self.by_short.get(name, ())
        return tuple(sorted(found, key=lambda d: LEVELS.index(d.level)))

    def parent(self, d: Division) -> Division | None:
        return self.by_code.get(d.parent) if d.parent else None

    def province_of(self, d: Division) -> Division:
        while d.parent:
            d = self.by_code[d.parent]
        return d

    def city_of(self, d: Division) -> Division | None:
        """The city a division belongs to: itself for a city, a county's prefecture-level
        city or municipality (北京市 for 东城区); a county-level city under its province
        is its own city. None for a province that is not a municipality."""
        if d.level == PROVINCE:
            return d if d.kind == MUNICIPALITY else None
        if d.level == PREFECTURE or d.kind == "县级市":
            return d
        up = self.parent(d)
        if up is None or (up.level == PROVINCE and up.kind != MUNICIPALITY):
            return None
        return up

    def _forms(self, county_short: bool, words: bool) -> dict[str, tuple[bool, tuple]]:
        """Searchable form → (is the full name, divisions)."""
        out: dict[str, tuple[bool, tuple]] = {}
        for form, ds in self.by_short.items():
            keep = [
                d for d in ds if (d.level != COUNTY or county_short) and (form in d.short or words)
            ]
            if keep:
                out[form] = (False, tuple(keep))
        for name, ds in self.by_name.items():
            keep = [d for d in ds if words or not d.name_word]
            if keep:
                out[name] = (True, tuple(keep))
        for d in self.by_code.values():
            for form in prefecture_forms(d):
                out[form] = (True, (d,))
        for former, d in self._former_names:
            out.setdefault(former, (True, (d,)))
        return out

    @functools.cached_property
    def _former_names(self) -> list[tuple[str, Division]]:
        """(former name, current division) of the places renamed one to one
        (``reference/renamings.yaml``): 崇礼县 is read as the place it names, today's
        崇礼区, not as the other county its tail spells (礼县 of 甘肃). Built once: every
        matcher's forms take them."""
        out = []
        for r in reference.load("renamings.yaml").renamings:
            found = [
                d
                for d in self.by_name.get(r.name, ()) or self._tail_divisions(r.name)
                if d.name == r.name or self._city_and_name(d) == r.name
            ]
            if len(found) == 1:
                out.append((r.former, found[0]))
        return out

    def _city_and_name(self, d: Division) -> str | None:
        """张家口市崇礼区: the division's name after its city's, None without a city."""
        city = self.city_of(d)
        return city.name + d.name if city else None

    def _tail_divisions(self, name: str) -> tuple[Division, ...]:
        """The divisions whose name ends ``name`` (崇礼区 of 张家口市崇礼区)."""
        return tuple(d for n, ds in self.by_name.items() if name.endswith(n) for d in ds)

    @functools.cached_property
    def _matchers(self) -> dict[tuple[bool, bool], Matcher[tuple[bool, tuple]]]:
        return {}

    def find(
        self, text: str, county_short: bool = False, words: bool = False
    ) -> tuple[PlaceMention, ...]:
        """Place names in ``text``, leftmost and longest first, never overlapping."""
        key = (county_short, words)
        if key not in self._matchers:
            self._matchers[key] = Matcher(self._forms(county_short, words))
        return tuple(
            PlaceMention(text[a:b], a, b, divisions, full)
            for a, b, (full, divisions) in self._matchers[key].find(text)
        )

    def settle(self, mentions: Iterable[PlaceMention]) -> list[Division]:
        """One division per mention: where a form names several (朝阳: 北京's district,
        长春's district, 辽宁's city), the one in the province the other mentions name
        most; then the full name's reading, then the first listed."""
        mentions = list(mentions)
        support: Counter[str] = Counter()
        for m in mentions:
            provinces = {self.province_of(d).code for d in m.divisions}
            if len(provinces) == 1:
                support[provinces.pop()] += 1
        return [max(m.divisions, key=lambda d: support[self.province_of(d).code]) for m in mentions]

    def resolve(self, level: str, mentions: Iterable[PlaceMention]) -> Division | None:
        """The division a bare ``省`` / ``自治区`` / ``市`` / ``州`` / ``盟`` / ``区`` /
        ``县`` / ``旗`` stands for in an article naming ``mentions``: of the divisions of
        that kind it names or implies (东城区 implies 北京市; 临潼区 implies 西安市 and
        陕西省; 昌吉市 implies 昌吉回族自治州 and 新疆维吾尔自治区), the one it names or
        implies most, the first on a tie; None when there is none."""
        kinds = LEVEL_KINDS[level]
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for i, d in enumerate(self.settle(mentions)):
            candidates = {d.code: d}
            for up in (self.parent(d), self.city_of(d), self.province_of(d)):
                if up is not None:
                    candidates.setdefault(up.code, up)
            for code, c in candidates.items():
                if c.kind in kinds:
                    counts[code] += 1
                    first.setdefault(code, i)
        if not first:
            return None
        return self.by_code[min(first, key=lambda k: (-counts[k], first[k]))]


def _division(e) -> Division:
    return Division(
        code=e.code,
        name=e.name,
        kind=e.kind,
        level=e.level,
        parent=e.parent,
        short=tuple(e.short),
        short_word=tuple(e.short_word),
        abbr=tuple(e.abbr),
        name_word=e.name_word,
    )


@functools.cache
def divisions() -> Divisions:
    data = reference.load("divisions.yaml")
    return Divisions({e.code: _division(e) for e in data.divisions})


@functools.lru_cache(maxsize=TEXTS_CACHED)
def find_places(text: str, county_short: bool = False) -> tuple[PlaceMention, ...]:
    """Remembered by text: the rules of people, organisations and activities ask for the
    places of one paragraph two or three times (13,500 scans of 5,000 texts in 100 pages)."""
    return divisions().find(text, county_short=county_short)


def lookup(name: str) -> tuple[Division, ...]:
    return divisions().lookup(name)


def names_division(word: str, words: bool = False) -> bool:
    """A division of China named by its full name (徐州市) or a short form of it (徐州,
    南靖): not a short form that is a word of the language (大同) nor a prefecture's
    other forms, which :func:`lookup` finds too. With ``words``, a province's or a
    prefecture's short form that is a word (长治, 大同) counts too: for a place where the
    shape of the line already says one stands (``长治：`` opening a head)."""
    return any(
        word == d.name or word in d.short or (words and d.level != COUNTY and word in d.short_word)
        for d in lookup(word)
    )


def by_full_name(name: str) -> tuple[Division, ...]:
    """The divisions whose full name is ``name`` (柳南区, 青海省), none by a short form."""
    return divisions().by_name.get(name, ())


def province_of(name: str) -> Division | None:
    """The province of a place name (陕西, 西安市, 临潼区), when its readings of the highest
    level agree (西安 is 西安市, not a 西安区 of 吉林 or 黑龙江)."""
    found = lookup(name)
    best = [d for d in found if d.level == found[0].level] if found else []
    provinces = {divisions().province_of(d).code for d in best}
    return divisions().by_code[provinces.pop()] if len(provinces) == 1 else None
