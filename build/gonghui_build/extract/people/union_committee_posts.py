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
from gonghui_build.extract.people.titles import TitleClaim


def held_at_union(claim: TitleClaim) -> TitleClaim:
    """``claim`` with a union's committee printed after its union moved from the body into
    the title (主任 at 某总工会经费审查委员会 → 经费审查委员会主任 at 某总工会); any other
    claim as it is."""
    org = claim.org_written
    if org is None or claim.org_offset is None or claim.org_offset < 0:
        return claim  # no body, or a body carried from an earlier paragraph
    union = lexicon.titles().union_body
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
