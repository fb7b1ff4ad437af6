"""Reference files that several stages read, compiled into lookups: surnames, the title
grammar, and the city's districts. Each lookup notes the entries it matches."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from gonghui_build.reference.loader import load as _load
from gonghui_build.reference.loader import table as _table
from gonghui_build.reference.loader import words as _words
from gonghui_build.reference.words import Words


@dataclass(frozen=True)
class Surnames:
    compound: Words
    common: Words
    other: Words
    ambiguous: Words  # surnames that are, far more often, ordinary words

    def split(self, name: str) -> tuple[str, str] | None:
        """(surname, given name) when ``name`` starts with a known surname."""
        if len(name) >= 3 and name[:2] in self.compound:
            return name[:2], name[2:]
        first = name[:1]
        if first in self.common or first in self.other or first in self.ambiguous:
            return first, name[1:]
        return None

    def is_common(self, surname: str) -> bool:
        return surname in self.common or surname in self.compound

    def is_surname(self, char: str) -> bool:
        """A one-character surname that is not, far more often, an ordinary word."""
        return char in self.common or char in self.other


@functools.cache
def surnames() -> Surnames:
    f = "surnames.yaml"
    return Surnames(*(_words(f, s) for s in ("compound", "common", "other", "ambiguous")))


@dataclass(frozen=True)
class Titles:
    """The title grammar: [工会][inner body][modifier] base."""

    regex: re.Pattern[str]  # one title, groups union / inner / mod / base
    at_end: re.Pattern[str]  # a title ending the string
    bases: Words
    modifiers: Words
    weak: Words
    union_body: str
    inner_bodies: Words
    person_nouns: Words
    after_name: Words  # titles that may follow a name: 周明远总书记, 韩立平书记

    def normalise(self, match: re.Match[str]) -> str:
        """The title without the union body (which belongs to the organisation)."""
        lead, inner, mod, base = match.group("lead", "inner", "mod", "base")
        for words, word in ((self.inner_bodies, inner), (self.modifiers, mod)):
            if word:
                words.found(word)
        return (lead or "") + (inner or "") + (mod or "") + self.bases.found(base)


def _modifier_guards(guards: dict[str, Words]) -> str:
    """Lookarounds that keep a modifier from opening a title after the characters that
    make it part of another word (80年代|厂长, 第一代|班长: 代 of 年代, 一代 is no acting
    post): ``titles.yaml`` modifier_not_after."""
    parts = []
    for word, before in sorted(guards.items()):
        chars = "".join(re.escape(c) for c in before)
        parts.append(f"(?!(?<=[{chars}]){re.escape(word)})")
    return "".join(parts)


def _inner_body_guards(guards: dict[str, Words]) -> str:
    """Lookaheads that keep a short inner body from opening a title where it opens a
    committee's longer name (经审|委员会主任 is the 经审委员会's 主任, not a 经审委员):
    ``titles.yaml`` inner_body_not_before."""
    parts = []
    for word, after in sorted(guards.items()):
        words = "|".join(re.escape(w) for w in after)
        parts.append(f"(?!(?<={re.escape(word)})(?:{words}))")
    return "".join(parts)


@functools.cache
def titles() -> Titles:
    f = "titles.yaml"
    union = _load(f).union_body
    inner, mods, bases = (_words(f, s) for s in ("inner_bodies", "modifiers", "bases"))
    lead = _words(f, "inner_body_modifiers")
    pattern = (
        # 工会 opens a title (工会主席) unless it ends an organisation (总工会, 联合工会)
        f"(?P<union>(?<![总合分]){re.escape(union)})?"
        # 专职 before an inner body (专职党委副书记) is the title's, not the body's
        f"(?:(?P<lead>{lead.pattern})(?={inner.pattern}))?"
        f"(?P<inner>{inner.pattern})?"
        f"{_inner_body_guards(_table(f, 'inner_body_not_before'))}"
        f"{_modifier_guards(_table(f, 'modifier_not_after'))}"
        f"(?P<mod>{mods.pattern})?"
        f"(?P<base>{bases.pattern})"
    )
    return Titles(
        regex=re.compile(pattern),
        at_end=re.compile(f"(?:{pattern})$"),
        bases=bases,
        modifiers=mods,
        weak=_words(f, "weak"),
        union_body=union,
        inner_bodies=inner,
        person_nouns=_words(f, "person_nouns"),
        after_name=_words(f, "after_name"),
    )


@dataclass(frozen=True)
class District:
    name: str
    short: str
    former: str | None
    renamed: str | None
    source: str | None


@dataclass(frozen=True)
class Places:
    city: str
    city_short: tuple[str, ...]
    districts: tuple[District, ...]
    source: str
    entries: Words  # the districts' current names, to note which are matched

    @functools.cached_property
    def by_any_name(self) -> dict[str, District]:
        out: dict[str, District] = {}
        for d in self.districts:
            out[d.name] = d
            out[d.short] = d
            if d.former:
                out[d.former] = d
        return out

    def district(self, written: str) -> District | None:
        """The district named ``written`` (its full, short or former name)."""
        found = self.by_any_name.get(written)
        if found is not None:
            self.entries.found(found.name)
        return found

    @functools.cached_property
    def district_regex(self) -> re.Pattern[str]:
        """Any district's full or former name."""
        names = [d.name for d in self.districts] + [d.former for d in self.districts if d.former]
        return re.compile("|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))))

    def districts_in(self, text: str) -> list[tuple[int, str]]:
        """Districts named in ``text`` (current names; former county names mapped)."""
        out = []
        for match in self.district_regex.finditer(text):
            found = self.district(match.group(0))
            if found is not None:
                out.append((match.start(), found.name))
        return out


@functools.cache
def places() -> Places:
    data = _load("districts.yaml")
    return Places(
        city=data.city,
        city_short=tuple(data.city_short),
        districts=tuple(District(**d.model_dump()) for d in data.districts),
        source=data.source,
        entries=_words("districts.yaml", "districts"),
    )
