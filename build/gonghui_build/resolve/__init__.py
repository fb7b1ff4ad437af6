"""Stage 6 — identity across the corpus: which organisations and which people the
facts of all pages name.

Extraction reads each page on its own; only here are pages read together.
:mod:`.organisations` gives every organisation one row under its full, current name
(aliases, parents, abbreviations printed in other articles); :mod:`.people` decides
which articles' mentions of a name are one person, and records each decision.

What these decisions read of each page (the organisations its articles name, the names
with their bylines and titles) is gathered page by page, in page order
(:class:`Gathering`): the build adds each page as it comes back from the workers, while
the others are still read, so that identity across pages starts from a few thousand
gathered names instead of reading every page's facts again, twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gonghui_build.extract.facts import PageFacts
from gonghui_build.ids import article_id
from gonghui_build.resolve.organisations import (
    OrgCorpus,
    OrgIdentity,
    gather_article,
    organisations_of,
)
from gonghui_build.resolve.people import PeopleCorpus, PersonIdentity, people_of


@dataclass(frozen=True)
class Identities:
    organisations: OrgIdentity
    people: PersonIdentity


class Gathering:
    """What identity across pages reads of every page, added in page order; the same
    identities as :func:`resolve_identities` of those pages."""

    def __init__(self) -> None:
        self._orgs = OrgCorpus()
        self._people = PeopleCorpus()
        self._done = False

    def add(self, page: PageFacts) -> None:
        """The next page's facts (pages must come in the build's page order)."""
        assert not self._done, "identities already resolved"
        for facts in page.articles:
            article = article_id(page.page_id, facts.page_start)
            gather_article(self._orgs, facts, article, page.page_id)
            self._people.add(facts, article)

    def identities(self) -> Identities:
        """Organisations first: a person is placed by the organisations they hold
        titles at. Once only (resolving uses up what was gathered)."""
        assert not self._done, "identities already resolved"
        self._done = True
        orgs = organisations_of(self._orgs)
        return Identities(orgs, people_of(self._people.occurrences(orgs), orgs))


def resolve_identities(pages: Iterable[PageFacts]) -> Identities:
    """The identities of ``pages``, all given at once (see :class:`Gathering`)."""
    gathering = Gathering()
    for page in pages:
        gathering.add(page)
    return gathering.identities()
