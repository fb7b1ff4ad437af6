"""The head of a union's women workers' committee by its short post (女职委主任, 女工委副
主任) where the article names the committee in full as a body of its own
(``某区总工会女职工委员会举办…。区总工会副主席、女职委主任某某``): the post is that committee's
主任 (副主任), as a chain's full ``女职工委员会主任`` is (``tests/fixtures/ANNOTATION.md``: a
union's women workers' committee is a body, its head 主任 at it; real_dev4's gold). A
short post the article prints with no such body stays the union's (real_dev2's gold:
``某厂工会女工委主任`` is 女工委主任 at 某厂工会; ``titles.yaml`` women_committee_names)."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.facts import ResolvedOrg
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.organisations.context import resolve
from gonghui_build.extract.people.titles import TitleClaim


def at_named_committee(
    claim: TitleClaim, org: ResolvedOrg | None, orgs: ArticleOrgs
) -> tuple[TitleClaim, ResolvedOrg | None]:
    """``claim`` and its body, moved to the union's women workers' committee when the
    title opens with the committee's short form and the article names that union's
    committee (``org``'s) in full; any other claim and body as they are."""
    short = lexicon.words("titles.yaml", "women_committee_short_forms")
    opening = short.starting(claim.title_normalised)
    if org is None or opening is None or not short.starting(claim.title):
        return claim, org
    committee = _committee_named(org.name, orgs)
    if committee is None:
        return claim, org
    moved = replace(
        claim,
        title=claim.title[len(short.starting(claim.title) or "") :],
        title_normalised=claim.title_normalised[len(opening) :],
        org_written=committee[0],
        org_offset=None,
    )
    return moved, committee[1]


def _committee_named(union: str, orgs: ArticleOrgs) -> tuple[str, ResolvedOrg] | None:
    """The women workers' committee of ``union`` (a full name) the article names, as
    written and resolved; None when it names none."""
    names = lexicon.words("titles.yaml", "women_committee_names")
    for offset, written in orgs.context.orgs:
        if names.ending(written) is None:
            continue
        found = resolve(written, offset, orgs.context)
        suffix = names.ending(found.name) if found else None
        if found and suffix and found.name[: -len(suffix)] == union:
            return written, found
    return None
