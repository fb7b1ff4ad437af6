"""One pydantic model per reference file: what each file may hold, checked on load.

Every file states a ``source`` for its entries; entries that make a claim of their own
(a dated event, a renamed district, a fixed alias) state theirs. Keys that name a value
of a published column (an organisation type, an activity category, a unit, an author's
role, a time of day) are typed with the catalog's vocabularies
(:mod:`gonghui_build.vocabulary`), so a key outside them fails when the file is read.

Besides its declared fields, a file may hold word lists (``verbs: [举办, 举行, …]``) and
tables of word lists (``categories: {training: […]}``): a rule asks for them by name
through :func:`gonghui_build.reference.words`. Anything else is an error.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gonghui_build.vocabulary import AuthorRole, Category, OrgType, Qualifier, TimeOfDay, Unit


class ReferenceFile(BaseModel):
    """A reference file: a source, declared fields, and named word lists."""

    model_config = ConfigDict(extra="allow", frozen=True)

    source: str = Field(min_length=10)

    @model_validator(mode="after")
    def _extra_are_word_lists(self) -> ReferenceFile:
        for key, value in (self.model_extra or {}).items():
            if not _is_word_list(value) and not (
                isinstance(value, dict) and all(_is_word_list(v) for v in value.values())
            ):
                raise ValueError(f"{key}: a word list or a table of word lists expected")
            lists = value.items() if isinstance(value, dict) else [(None, value)]
            for part, words in lists:
                if twice := _listed_twice(words):
                    where = f"{key}.{part}" if part else key
                    raise ValueError(f"{where}: {', '.join(twice)} listed twice")
        return self

    def section(self, name: str) -> Any:
        """A declared field or a word list, by name (``a.b`` for a table's list)."""
        value: Any = self
        for part in name.split("."):
            value = getattr(value, part, None) if not isinstance(value, dict) else value.get(part)
            if value is None:
                raise KeyError(f"no section {name!r} in this reference file")
        return value

    def __getitem__(self, name: str) -> Any:
        """Mapping access, for callers written against the plain YAML."""
        return self.section(name)


def _is_word_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(w, str) and w for w in value)


def _listed_twice(words: list[str]) -> list[str]:
    """The words a list holds more than once: a second entry reads as a word of its own
    (with a source of its own) and hides that one of the two is out of date."""
    return [w for w, n in Counter(words).items() if n > 1]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class District(_Entry):
    name: str
    short: str
    former: str | None = None
    renamed: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}$")
    source: str | None = None

    @model_validator(mode="after")
    def _renaming_has_a_source(self) -> District:
        if (self.former or self.renamed) and not (self.former and self.renamed and self.source):
            raise ValueError(f"{self.name}: a renaming needs former, renamed and source")
        return self


class DistrictsFile(ReferenceFile):
    city: str
    city_short: list[str]
    districts: list[District]


class Event(_Entry):
    names: list[str] = Field(min_length=1)
    start: dt.date
    end: dt.date
    kind: Literal["event", "term", "awaited"] = "event"
    source: str = Field(min_length=5)


class EventsFile(ReferenceFile):
    events: list[Event]


class Holiday(_Entry):
    names: list[str] = Field(min_length=1)
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)
    #: lunar: ``month`` and ``day`` are of the Chinese lunar calendar (端午: 5, 5), so
    #: the holiday falls on another day each year; ``offset_days`` moves it (除夕: the
    #: day before 正月初一, whose day number differs from year to year)
    calendar: Literal["gregorian", "lunar"] = "gregorian"
    offset_days: int = Field(default=0, ge=-1, le=0)
    #: the days its festivities run on after its day (春节: 14, to 元宵 正月十五), which
    #: the days around it named with another holiday cover (元旦春节期间: January to the
    #: month of 元宵); 0 for a holiday of one day
    season_days: int = Field(default=0, ge=0, le=31)


class HolidaysFile(ReferenceFile):
    holidays: list[Holiday]


class FixedAlias(_Entry):
    alias: str
    name: str | None
    type: OrgType | None
    source: str = Field(min_length=5)


class OrgAliasesFile(ReferenceFile):
    aliases: list[FixedAlias]


class Renaming(_Entry):
    """A place renamed: its bodies printed under the former name take the current one."""

    former: str = Field(min_length=2)
    name: str = Field(min_length=2)
    renamed: str = Field(pattern=r"^\d{4}(-\d{2})?$")
    source: str = Field(min_length=10)

    @model_validator(mode="after")
    def _names_differ(self) -> Renaming:
        if self.former == self.name:
            raise ValueError(f"{self.former}: a renaming to the same name")
        return self


class RenamingsFile(ReferenceFile):
    renamings: list[Renaming]

    @model_validator(mode="after")
    def _one_to_one(self) -> RenamingsFile:
        for field in ("former", "name"):
            names = [getattr(r, field) for r in self.renamings]
            twice = sorted({n for n in names if names.count(n) > 1})
            if twice:  # a current name twice is a merge, which the table leaves out
                raise ValueError(f"{field} listed twice: {', '.join(twice)}")
        return self


class OrgSuffixesFile(ReferenceFile):
    suffixes: dict[OrgType, list[str]]
    suffix_forms: dict[str, str]
    company_forms: dict[str, str]
    context_suffixes: dict[str, list[str]]


class ActivitiesFile(ReferenceFile):
    categories: dict[Category, list[str]]
    units: dict[Unit, list[str]]
    duration_units: dict[str, float]


class SurnamesFile(ReferenceFile):
    """One-character surnames are written as one string of characters."""

    compound: list[str]
    common: list[str]
    other: list[str]
    ambiguous: list[str]

    @field_validator("common", "other", "ambiguous", mode="before")
    @classmethod
    def _characters(cls, value: Any) -> Any:
        return list(value.strip()) if isinstance(value, str) else value


class TitlesFile(ReferenceFile):
    union_body: str


class BylinesFile(ReferenceFile):
    role_words: dict[AuthorRole, list[str]]
    role_marks: dict[AuthorRole, list[str]]
    keyed_roles: dict[AuthorRole, list[str]]


class DatesFile(ReferenceFile):
    relative_years: dict[str, int]
    times_of_day: dict[TimeOfDay, list[str]]
    half_years: dict[str, tuple[int, int]]
    school_holidays: dict[str, tuple[int, int]]


class NumbersFile(ReferenceFile):
    qualifiers_before: dict[Qualifier, list[str]]
    qualifiers_before_round: dict[Qualifier, list[str]]
    qualifiers_after: dict[Qualifier, list[str]]
    qualifiers_after_unit: dict[Qualifier, list[str]]


class PeopleFile(ReferenceFile):
    name_followers: list[str]
    speech_verbs: list[str]
    given_name_stops: list[str]
    noun_suffixes: list[str]
    particles: list[str]


class PageFurnitureFile(ReferenceFile):
    """Cue words of page furniture; the shapes (labels, dates, URLs) are in layout/."""

    max_chars: int = Field(gt=0)


class HeadWordsFile(ReferenceFile):
    """Words of an article's head (a document's kind, a list's ordering note)."""

    document_kinds: list[str] = Field(min_length=1)
    order_notes: list[str] = Field(min_length=1)


class GazetteerBody(_Entry):
    name: str
    type: OrgType
    parent: str | None = None
    short: list[str] = []
    former: list[str] = []
    source: str = Field(min_length=5)


class OrganisationsFile(ReferenceFile):
    bodies: list[GazetteerBody]


class SurnameReading(_Entry):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    surname: str
    pinyin: str
    not_: str = Field(alias="not")
    note: str | None = None
    source: str = Field(min_length=5)


class SurnameReadingsFile(ReferenceFile):
    format: str
    readings: list[SurnameReading]


class Division(_Entry):
    code: str = Field(pattern=r"^\d{6}$")
    name: str
    kind: str
    level: Literal["province", "prefecture", "county"]
    parent: str | None = None
    short: list[str] = []
    short_word: list[str] = []
    abbr: list[str] = []
    name_word: bool = False


class DivisionsFile(ReferenceFile):
    package: str
    divisions: list[Division]


#: The model of each file (a test checks that every file has one).
MODELS: dict[str, type[ReferenceFile]] = {
    "activities.yaml": ActivitiesFile,
    "bylines.yaml": BylinesFile,
    "dates.yaml": DatesFile,
    "districts.yaml": DistrictsFile,
    "divisions.yaml": DivisionsFile,
    "events.yaml": EventsFile,
    "head_words.yaml": HeadWordsFile,
    "holidays.yaml": HolidaysFile,
    "numbers.yaml": NumbersFile,
    "org_aliases.yaml": OrgAliasesFile,
    "organisations.yaml": OrganisationsFile,
    "org_suffixes.yaml": OrgSuffixesFile,
    "page_furniture.yaml": PageFurnitureFile,
    "people.yaml": PeopleFile,
    "renamings.yaml": RenamingsFile,
    "surname_readings.yaml": SurnameReadingsFile,
    "surnames.yaml": SurnamesFile,
    "titles.yaml": TitlesFile,
}
