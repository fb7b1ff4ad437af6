"""Reference data: the reviewed word lists and gazetteers the rules read, and their loader.

The YAML files beside this module are the reviewable part of the rules; each states its
source. :func:`load` reads a file once through its pydantic model
(:mod:`gonghui_build.reference.models`), which checks its shape, its sources and the
keys that are vocabularies of the catalog. Rules read words through :func:`words`
(a :class:`~gonghui_build.reference.words.Words` list that notes its matches), so that
after a build :func:`unused_entries` reports the entries that never matched.
Words live in these files; the grammar that combines them lives in the code.
"""

from __future__ import annotations

from gonghui_build.reference.compiled import (
    District,
    Places,
    Surnames,
    Titles,
    places,
    surnames,
    titles,
)
from gonghui_build.reference.loader import (
    REFERENCE,
    ReferenceDataError,
    keyed,
    load,
    table,
    unread_sections,
    unused_entries,
    words,
)
from gonghui_build.reference.words import Words, alternation, reset

__all__ = [
    "REFERENCE",
    "District",
    "Places",
    "ReferenceDataError",
    "Surnames",
    "Titles",
    "Words",
    "alternation",
    "keyed",
    "load",
    "places",
    "reset",
    "surnames",
    "table",
    "titles",
    "unread_sections",
    "unused_entries",
    "words",
]
