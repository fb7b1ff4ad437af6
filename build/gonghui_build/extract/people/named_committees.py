"""A head's title of a union's women workers' committee printed by its short form
(``区总工会副主席、女职委主任某某``, ``厂工会女工委主任某某``) held at the committee the article
names in full after the same union (``某区总工会女职工委员会举办…``): the short form refers
back to that body, and ``tests/fixtures/ANNOTATION.md`` gives the committee's head
``主任`` at ``<union>女职工委员会``. With no committee named in full the title stays the
union's (``女工委主任`` at ``某厂工会``, :mod:`.union_committee_posts`)."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.facts import ResolvedOrg
from gonghui_build.extract.organisations import context
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.people.titles import TitleClaim


def at_named_committee(
    claim: TitleClaim, org: ResolvedOrg | None, orgs: ArticleOrgs
) -> tuple[TitleClaim, ResolvedOrg | None]:
    """``claim`` and its body moved to the women workers' committee of ``org`` the
    article names in full (女职委主任 at 某总工会 → 主任 at 某总工会女职工委员会); any
    other claim and body as they are."""
    short = lexicon.words("titles.yaml", "women_committee_short_forms").starting(
        claim.title_normalised
    )
    if org is None or short is None or len(claim.title_normalised) == len(short):
        return claim, org
    committee = _committee_named(org, orgs)
    if committee is None:
        return claim, org
    head = claim.title_normalised[len(short) :]
    title = claim.title[len(short) :] if claim.title.startswith(short) else head
    moved = replace(
        claim, title=title, title_normalised=head, org_written=committee.name, org_offset=None
    )
    return moved, committee


def _committee_named(org: ResolvedOrg, orgs: ArticleOrgs) -> ResolvedOrg | None:
    """The women workers' committee of ``org`` the article names in full, if any."""
    full_forms = lexicon.words("titles.yaml", "women_committee_full_forms")
    for seq, spans in sorted(orgs.spans.items()):
        for span in spans:
            full = full_forms.ending(span.written)
            if full is None or len(span.written) == len(full):
                continue
            at = orgs.base[seq] + span.start
            resolved = context.resolve(span.written, at, orgs.context)
            if resolved is not None and resolved.name in {org.name + f for f in full_forms}:
                return resolved
    return None
