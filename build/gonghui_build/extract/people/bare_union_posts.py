"""A union's post printed with the bare word 工会 (``工会主席某某``, ``工会女职工委员会
主任某某``), held at the body the article named just before: that union itself, the
union of the enterprise or institution named, or a street's or town's federation.
Kept apart from ``named_before`` as the one shape that needs to know whose union a
name is."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import is_department, org_type, suffix_of
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text import places
from gonghui_build.vocabulary import UNION_TYPES, OrgType

#: Bodies that have a union of their own a bare 工会 may be.
WITH_UNIONS = (OrgType.company, OrgType.university, OrgType.other)


def bodys_own_union(name: str) -> bool:
    """An enterprise's or an institution's own union (某有限公司工会, 某大学工会, 某重机
    工会: a name of no place before 工会), which a bare 工会主席 after it chairs; not an
    industry's or a place's union (四川省教育工会, 某县工会), whose post a bare 工会主席
    of the body reporting does not name."""
    stem = name[: -len(lexicon.titles().union_body)]
    if not stem or not name.endswith(lexicon.titles().union_body):
        return False
    if org_type(stem) in WITH_UNIONS and suffix_of(stem) is not None:
        return True
    return suffix_of(stem) is None and not any(m.start == 0 for m in places.find_places(stem))


def _union_department(written: str | None) -> str | None:
    """What follows the bare word 工会 a claim's body is printed with: ``""`` for 工会
    itself, the department for a union's own department printed after it (工会|女职工委员
    会, as an election's second item reads after 工会主席); None for any other body."""
    union = lexicon.titles().union_body
    if written is None or not written.startswith(union):
        return None
    rest = written[len(union) :]
    return rest if not rest or is_department(rest) else None


def at_bodys_union(claim: TitleClaim, found: tuple[OrgSpan, int] | None) -> TitleClaim:
    """A post of the bare word 工会 (or a department of it) held at the body ``found``
    named before it: the union itself, a grassroots federation, or the union of an
    enterprise or institution; left as printed after any other body."""
    union = lexicon.titles().union_body
    department = _union_department(claim.org_written)
    if department is None or found is None:
        return claim
    if found[0].type == OrgType.union and (found[1] >= 0 or bodys_own_union(found[0].written)):
        # …有限公司工会举行会员大会。工会主席某某: the union the article just named (in the
        # paragraph before, only an enterprise's own union: not 某省教育工会)
        offset = found[1] if not department else -1
        return replace(claim, org_written=found[0].written + department, org_offset=offset)
    if found[0].type == OrgType.union_federation and found[1] >= 0 and not department:
        # …来到某街道总工会，工会主席某某: a street's or a town's federation is the union
        # its chair is called 工会主席 of
        return _at_grassroots_federation(claim, found[0])
    if found[0].type not in WITH_UNIONS:
        return claim
    return replace(claim, org_written=found[0].written + union + department, org_offset=-1)


def _at_grassroots_federation(claim: TitleClaim, body: OrgSpan) -> TitleClaim:
    """A bare 工会's post held at the federation of a street, a town or a township named
    just before in the paragraph (``org_suffixes.yaml``: place_suffixes before 总工会),
    whose chair is the place's 工会主席; a county's or a city's federation is left, its
    chair never printed so."""
    federation = lexicon.words("org_suffixes.yaml", "federation_suffix").ending(body.written)
    stem = body.written[: -len(federation)] if federation else ""
    if not stem or not lexicon.words("org_suffixes.yaml", "place_suffixes").ending(stem):
        return claim
    return replace(claim, org_written=body.written, org_offset=body.start)


def committee_post_at_bodys_union(
    claim: TitleClaim, found: tuple[OrgSpan, int] | None
) -> TitleClaim:
    """A title of a union's own committee printed with no body (女工委主任某某, 经审会主任
    某某; ``titles.yaml`` union_inner_bodies) after an enterprise or an institution named
    before it (某公司召开三八座谈会，女工委主任某某主持): held at that body's union, as the
    same title printed right after the body is (某厂女工委主任 at 某厂工会,
    :mod:`.union_committee_posts`); a union named before already holds it
    (:func:`named_before._officers_at_union`); after any other body, left with none."""
    if claim.org_written is not None or found is None or found[0].type not in WITH_UNIONS:
        return claim
    if not lexicon.words("titles.yaml", "union_inner_bodies").starting(claim.title_normalised):
        return claim
    union = lexicon.titles().union_body
    return replace(claim, org_written=found[0].written + union, org_offset=-1)


def women_committee_at_union(claim: TitleClaim, found: tuple[OrgSpan, int] | None) -> TitleClaim:
    """A post of a union's women workers' committee printed by the committee's name alone
    (女职工委员会主任某某; ``titles.yaml`` women_committee_names) after a union named
    before it (a yearbook roster's 某县总工会 over 主席　甲 | 女职工委员会主任　乙, or
    某县总工会召开…。女职工委员会主任乙…): held at that union's committee, as the chain
    ``某总工会副主席、女职工委员会主任`` gives it (tests/fixtures/ANNOTATION.md); after any
    other body, or none, left as it was."""
    written = claim.org_written
    if written is None or found is None or found[0].type not in UNION_TYPES:
        return claim
    if written not in lexicon.words("titles.yaml", "women_committee_names"):
        return claim
    return replace(claim, org_written=found[0].written + written, org_offset=-1)
