"""Stage 6 — identity across the corpus: which organisations and which people the
facts of all pages name.

Extraction reads each page on its own; only here are pages read together.
:mod:`.organisations` gives every organisation one row under its full, current name
(aliases, parents, abbreviations printed in other articles); :mod:`.people` decides
which articles' mentions of a name are one person, and records each decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gonghui_build.extract.facts import PageFacts
from gonghui_build.resolve.organisations import OrgIdentity, resolve_organisations
from gonghui_build.resolve.people import PersonIdentity, resolve_people


@dataclass(frozen=True)
class Identities:
    organisations: OrgIdentity
    people: PersonIdentity


def resolve_identities(pages: Sequence[PageFacts]) -> Identities:
    """Organisations first: a person is placed by the organisations they hold titles at."""
    organisations = resolve_organisations(pages)
    return Identities(organisations, resolve_people(pages, organisations))
