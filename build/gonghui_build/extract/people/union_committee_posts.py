"""A union's funds review committee printed right after its union before a head's title
(``某市总工会经费审查委员会主任某某``): the committee is part of the title, held at the
union, as it is in a chain (``某工会副主席、经费审查委员会主任``) and as union officer lists
give it (``tests/fixtures/ANNOTATION.md``: a union's funds review committee in a title chain
is part of the title, held at the union; ``titles.yaml``: union_committees).

A committee the page prints on its own (``经费审查委员会主任：某某`` under an election's
heading) is a roster's body and is left as read; so is the women workers' committee, a
body of its own (``org_suffixes.yaml``: departments)."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import org_type
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.vocabulary import UNION_TYPES


def held_at_union(claim: TitleClaim) -> TitleClaim:
    """``claim`` with a union's committee printed after its union moved from the body into
    the title (主任 at 某总工会经费审查委员会 → 经费审查委员会主任 at 某总工会), or with the
    union of the body a union committee's title is printed after (:func:`_committee_of_union`);
    any other claim as it is."""
    org = claim.org_written
    if org is None or claim.org_offset is None or claim.org_offset < 0:
        return claim  # no body, or a body carried from an earlier paragraph
    union = lexicon.titles().union_body
    if _committee_of_union(claim.title, org):
        return replace(claim, org_written=org + union)
    for committee in lexicon.words("titles.yaml", "union_committees"):
        body = org[: -len(committee)]
        if org.endswith(committee) and len(body) > len(union) and body.endswith(union):
            return replace(
                claim,
                title=committee + claim.title,
                title_normalised=committee + claim.title_normalised,
                org_written=body,
            )
    return claim


def _committee_of_union(title: str, org: str) -> bool:
    """``某厂女工委主任``, ``校女工委副主任``: a title of a union's own committee
    (``titles.yaml`` union_inner_bodies) printed after a body that is no union is held
    at that body's union, whose committee it is (tests/fixtures/ANNOTATION.md: 女工委主任
    at 某厂工会); after a union (某区总工会女工委主任) it is that union's already."""
    if not lexicon.words("titles.yaml", "union_inner_bodies").starting(title):
        return False
    return org_type(org) not in UNION_TYPES


def officers_chain(chain: tuple[TitleClaim, ...]) -> bool:
    """A chain of no body of union officers' titles (``titles.yaml`` union_officers), with
    the ranks of a civil servant's grade beside them (副主席、一级巡视员: civil_service_ranks),
    one officer's title at least: each is held at the union named before, the rank too."""
    officers = lexicon.words("titles.yaml", "union_officers")
    ranks = lexicon.words("titles.yaml", "civil_service_ranks")
    if any(c.org_written is not None for c in chain):
        return False
    titles = [c.title_normalised for c in chain]
    return any(t in officers for t in titles) and all(t in officers or t in ranks for t in titles)
