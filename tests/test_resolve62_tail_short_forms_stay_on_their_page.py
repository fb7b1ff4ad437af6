"""A short form that is only a full name's tail (人民医院 of 某区人民医院: the name
without its place) is read back only to a full name its own page prints: another
page's hospital is never taken, while an abbreviation keeping the name's own words
still joins its full name across pages. Invented names and pages."""

from __future__ import annotations

from gonghui_build.extract.facts import (
    ArticleDate,
    ArticleFacts,
    OrgFact,
    PageFacts,
    PositionFact,
    ResolvedOrg,
    Span,
)
from gonghui_build.resolve import resolve_identities
from gonghui_build.vocabulary import ArticleDateBasis, OrgType
from gonghui_build.vocabulary import ResolvedBy as By

DATE = ArticleDate(None, None, ArticleDateBasis.none, None, None, None)
SPAN = Span(1, 0, 4, 0, 4, False)
FULL = "临潼区人民医院"
TAIL = "人民医院"


def _page(name: str, *orgs: str) -> PageFacts:
    """A page of one article naming ``orgs``, with a nurse titled at the last."""
    resolved = [ResolvedOrg(o, By.exact, None, OrgType.other) for o in orgs]
    article = ArticleFacts(
        page_start=0,
        date=DATE,
        authors=(),
        orgs=tuple(OrgFact(o, o, r, 0.9, SPAN) for o, r in zip(orgs, resolved, strict=True)),
        positions=(
            PositionFact(
                "柯雨晴", "护士长", "护士长", orgs[-1], orgs[-1], resolved[-1], 0.9, SPAN, ""
            ),
        ),
    )
    return PageFacts(name, (article,))


def test_a_tail_short_form_never_takes_another_pages_full_name() -> None:
    orgs = resolve_identities([_page("page-1", FULL), _page("page-2", TAIL)]).organisations
    assert orgs.id_of(TAIL) != orgs.id_of(FULL)
    assert {FULL, TAIL} <= {o.name for o in orgs.organisations}


def test_a_tail_short_form_takes_the_full_name_its_own_page_prints() -> None:
    orgs = resolve_identities([_page("page-1", FULL, TAIL), _page("page-2", FULL)]).organisations
    assert orgs.id_of(TAIL) == orgs.id_of(FULL)


def test_an_abbreviation_keeping_the_names_own_words_still_joins_across_pages() -> None:
    full, short = "青溪宏泰建设集团有限公司工会", "青溪宏泰集团工会"
    orgs = resolve_identities([_page("page-1", full), _page("page-2", short)]).organisations
    assert orgs.id_of(short) == orgs.id_of(full)
