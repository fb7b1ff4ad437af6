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
from gonghui_build.extract.organisations.org_spans import OrgSpan
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


#: The word a union's own formal name ends with (《中国工会章程》: 基层工会委员会; a
#: roster's heading 一、镇总工会委员会 over 主席：某某 names the union so).
_COMMITTEE = "委员会"


def union_of_committee(span: OrgSpan) -> OrgSpan | None:
    """The union whose committee ``span`` names (某镇总工会委员会, 某公司工会委员会, read as a
    government 委员会 by its suffix) as the union itself, so that a roster under such a
    heading is held at the union (ANNOTATION.md: 工会主席 is 主席 at the union); None for
    any other body."""
    stem = span.written.removesuffix(_COMMITTEE)
    if stem == span.written or org_type(stem) not in UNION_TYPES:
        return None
    suffix = lexicon.titles().union_body
    return OrgSpan(span.start, span.end - len(_COMMITTEE), stem, suffix, org_type(stem))


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
