"""Identity across pages gathered page by page as the build reads them
(``resolve.Gathering``): a short form met on a later page joins the full name, and a
title's organisation counted under the name it is merged into, though the merge is
known only once every page is in."""

from __future__ import annotations

import pytest

from gonghui_build.extract.facts import (
    ArticleDate,
    ArticleFacts,
    AuthorFact,
    OrgFact,
    PageFacts,
    PositionFact,
    ResolvedOrg,
    Span,
)
from gonghui_build.resolve import Gathering, resolve_identities
from gonghui_build.vocabulary import ArticleDateBasis, AuthorRole, OrgType
from gonghui_build.vocabulary import ResolvedBy as By

DATE = ArticleDate(None, None, ArticleDateBasis.none, None, None, None)
SPAN = Span(1, 0, 4, 0, 4, False)
FULL = "北京宏远建设集团有限公司工会"
SHORT = "北京宏远集团工会"


def _org(name: str) -> ResolvedOrg:
    return ResolvedOrg(name, By.exact, None, OrgType.union)


def _page(n: int, org: str, chair: str) -> PageFacts:
    resolved = _org(org)
    article = ArticleFacts(
        page_start=0,
        date=DATE,
        authors=(AuthorFact("甄文", AuthorRole.reporter, None, SPAN),),
        orgs=(OrgFact(org, org, resolved, 0.9, SPAN),),
        positions=(PositionFact(chair, "主席", "主席", org, org, resolved, 0.9, SPAN, ""),),
    )
    return PageFacts(f"page-{n}", (article,))


#: The chair titled at the full name, then at its short form on a later page, then a
#: namesake at another union.
PAGES = (
    _page(1, FULL, "郝明远"),
    _page(2, SHORT, "郝明远"),
    _page(3, "怀柔区总工会", "郝明远"),
)


def test_gathered_page_by_page_the_short_form_joins_the_full_name_printed_before() -> None:
    gathering = Gathering()
    for page in PAGES:
        gathering.add(page)
    orgs = gathering.identities().organisations
    assert SHORT not in {o.name for o in orgs.organisations}
    full = next(o for o in orgs.organisations if o.name == FULL)
    assert len(full.articles) == 2


def test_a_title_at_a_short_form_counts_under_the_full_name_merged_later() -> None:
    who = resolve_identities(PAGES)
    assert who.organisations.id_of(SHORT) == who.organisations.id_of(FULL)
    chairs = [p for p in who.people.people if p.name == "郝明远"]
    assert sorted(len(p.articles) for p in chairs) == [1, 2]  # one chair, one namesake
    reporter = [p for p in who.people.people if p.name == "甄文"]
    assert len(reporter) == 1 and len(reporter[0].articles) == 3


def test_identities_are_resolved_once() -> None:
    gathering = Gathering()
    gathering.add(PAGES[0])
    gathering.identities()
    with pytest.raises(AssertionError):
        gathering.add(PAGES[1])
