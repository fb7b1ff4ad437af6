"""The one loader of the reference files: each read once through its pydantic model,
its word lists handed out as :class:`~gonghui_build.reference.words.Words`."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pydantic
import yaml

from gonghui_build.reference.models import MODELS, ReferenceFile
from gonghui_build.reference.words import Words, unread, unused

REFERENCE = Path(__file__).parent
#: libyaml's safe loader when there is one: the pure-Python one takes seconds on the
#: divisions file.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ReferenceDataError(Exception):
    """A reference file does not have the shape its model declares."""


@functools.cache
def load(name: str) -> ReferenceFile:
    """The reference file ``name`` (``activities.yaml``), validated by its model."""
    with (REFERENCE / name).open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_YAML_LOADER)
    try:
        return MODELS.get(name, ReferenceFile).model_validate(data)
    except pydantic.ValidationError as err:
        raise ReferenceDataError(f"reference/{name}: {err}") from None


def _entry_names(value: Any) -> list[str]:
    """The words of a section: a list's words, the names of a list of records, the keys
    of a mapping of forms, the words of every list of a table."""
    if isinstance(value, dict):
        if all(isinstance(v, list) for v in value.values()):
            return [w for v in value.values() for w in _entry_names(v)]
        return list(value)  # suffix_forms, relative_years: the words are the keys
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            if isinstance(item, str):
                out.append(item)
            elif isinstance(item, pydantic.BaseModel):
                record = item.model_dump()
                names = record.get("names") or [record.get("alias") or record.get("name")]
                out.extend(n for n in names if n)
        return out
    return []


@functools.cache
def words(name: str, section: str) -> Words:
    """The words of one section of a reference file (a table's lists joined)."""
    return Words(f"{name}: {section}", _entry_names(load(name).section(section)))


@functools.cache
def keyed(name: str, section: str) -> dict[str, Any]:
    """A table of word lists read backwards: word → the key it is listed under
    (``categories``: 培训班 → training). A word under two keys is an error."""
    out: dict[str, Any] = {}
    for key, items in load(name).section(section).items():
        for word in items:
            if out.setdefault(word, key) != key:
                raise ReferenceDataError(f"reference/{name}: {section}: {word} under two keys")
    return out


@functools.cache
def table(name: str, section: str) -> dict[Any, Words]:
    """A table of word lists (``categories: {training: […]}``), one list per key; the
    words of all keys share the section's record of matches."""
    key = words(name, section).key
    return {k: Words(key, items) for k, items in load(name).section(section).items()}


def _sections(name: str) -> list[str]:
    model = load(name)
    declared = [f for f in type(model).model_fields if f != "source"]
    return [s for s in [*declared, *(model.model_extra or {})] if _entry_names(model.section(s))]


def _all_words() -> list[Words]:
    files = sorted(p.name for p in REFERENCE.glob("*.yaml"))
    return [words(f, s) for f in files for s in _sections(f)]


def unused_entries() -> dict[str, list[str]]:
    """Per ``file: section`` the rules read, the entries that never matched since the
    last reset (the start of a build)."""
    return unused(_all_words())


def unread_sections() -> list[str]:
    """The ``file: section`` lists no rule read through :func:`words` since the last
    reset: dead entries, or a stage that reads its file by other means."""
    return unread(_all_words())
