"""Reference data, loaded once from ``reference/*.yaml`` and compiled into rules.

The YAML files are the reviewable part of the rules: each states its source. Code here
only turns them into sets and regular expressions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REFERENCE = Path(__file__).parent


def load(name: str) -> Any:
    with (REFERENCE / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def alternation(words: Iterable[str]) -> str:
    """Regex alternation, longest first so that 常务副 wins over 副."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Surnames:
    compound: frozenset[str]
    common: frozenset[str]
    other: frozenset[str]
    ambiguous: frozenset[str]  # surnames that are, far more often, ordinary words

    def split(self, name: str) -> tuple[str, str] | None:
        """(surname, given name) when ``name`` starts with a known surname."""
        if name[:2] in self.compound and len(name) >= 3:
            return name[:2], name[2:]
        if name[:1] in self.common or name[:1] in self.other or name[:1] in self.ambiguous:
            return name[:1], name[1:]
        return None

    def is_common(self, surname: str) -> bool:
        return surname in self.common or surname in self.compound

    def is_surname(self, char: str) -> bool:
        """A one-character surname that is not, far more often, an ordinary word."""
        return char in self.common or char in self.other


@functools.cache
def surnames() -> Surnames:
    data = load("surnames.yaml")
    return Surnames(
        compound=frozenset(data["compound"]),
        common=frozenset(data["common"].strip()),
        other=frozenset(data["other"].strip()),
        ambiguous=frozenset(data["ambiguous"].strip()),
    )


@dataclass(frozen=True)
class Titles:
    """The title grammar: [工会][inner body][modifier] base."""

    regex: re.Pattern[str]  # one title, groups union / inner / mod / base
    at_end: re.Pattern[str]  # a title ending the string
    bases: frozenset[str]
    weak: frozenset[str]
    union_body: str
    inner_bodies: frozenset[str]
    person_nouns: tuple[str, ...]

    def normalise(self, match: re.Match[str]) -> str:
        """The title without the union body (which belongs to the organisation)."""
        return (match.group("inner") or "") + (match.group("mod") or "") + match.group("base")


@functools.cache
def titles() -> Titles:
    data = load("titles.yaml")
    union = data["union_body"]
    pattern = (
        # 工会 opens a title (工会主席) unless it ends an organisation (总工会, 联合工会)
        f"(?P<union>(?<![总合分]){re.escape(union)})?"
        f"(?P<inner>{alternation(data['inner_bodies'])})?"
        f"(?P<mod>{alternation(data['modifiers'])})?"
        f"(?P<base>{alternation(data['bases'])})"
    )
    return Titles(
        regex=re.compile(pattern),
        at_end=re.compile(f"(?:{pattern})$"),
        bases=frozenset(data["bases"]),
        weak=frozenset(data["weak"]),
        union_body=union,
        inner_bodies=frozenset(data["inner_bodies"]),
        person_nouns=tuple(data["person_nouns"]),
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

    @functools.cached_property
    def by_any_name(self) -> dict[str, District]:
        out: dict[str, District] = {}
        for d in self.districts:
            out[d.name] = d
            out[d.short] = d
            if d.former:
                out[d.former] = d
        return out

    @functools.cached_property
    def district_regex(self) -> re.Pattern[str]:
        """Any district's full, former or short name (the short only before 区/县)."""
        names = [d.name for d in self.districts] + [d.former for d in self.districts if d.former]
        return re.compile(alternation(names))


@functools.cache
def places() -> Places:
    data = load("districts.yaml")
    return Places(
        city=data["city"],
        city_short=tuple(data["city_short"]),
        districts=tuple(
            District(
                name=d["name"],
                short=d["short"],
                former=d.get("former"),
                renamed=d.get("renamed"),
                source=d.get("source"),
            )
            for d in data["districts"]
        ),
        source=data["source"],
    )
