"""An election held by a union's funds review committee (县总工会经费审查委员会选举甲为
主任; 经审会第一次会议选举乙为主任、丙为副主任): the bare post it states is the
committee's, so its title is the committee's (经费审查委员会主任), held at the union, as a
union's funds review committee in a title chain is (``tests/fixtures/ANNOTATION.md``;
``titles.yaml`` union_committees, union_inner_bodies). Without this the committee was
dropped and the post read as the union's own 主任. Seen on real congress reports (a
committee's first meeting electing its head, printed in the congress's paragraph)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text.numbers import TEN_NUMERALS

#: The committee's women workers' sibling (女职委, 女工委) is a body of its own
#: (``org_suffixes.yaml`` departments): only the funds review committee's names are read.
_FUNDS_MARK = "经审"
#: The committee's name as election notices also print it (``org_suffixes.yaml``
#: departments: 经审委员会).
_SHORT_FULL_NAME = "经审委员会"


@cache
def _electing_committee() -> re.Pattern[str]:
    """A funds review committee, by its full or short name, as the subject right before an
    election's verb, with the meeting it elects at (第一次会议, 一次全体会议)."""
    names = [*lexicon.words("titles.yaml", "union_committees"), _SHORT_FULL_NAME]
    names += [w for w in lexicon.words("titles.yaml", "union_inner_bodies") if _FUNDS_MARK in w]
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    meeting = f"(?:第?[{TEN_NUMERALS}0-9]+次(?:全体)?会议)?"
    return re.compile(f"(?P<committee>{alternatives}){meeting}$")


def committee_before(text: str, verb_start: int) -> str | None:
    """The funds review committee printed right before the election verb at
    ``verb_start`` (经审会|选举), as its name ends the clause's subject; None else."""
    found = _electing_committee().search(text, 0, verb_start)
    return found.group("committee") if found else None


def posts_of_committee(hits: list[NameHit], committee: str) -> list[NameHit]:
    """``hits`` with each bare post (主任, 副主任, 委员) put in ``committee``'s title; a
    post the chain already names a committee's (经审会主任) or a body of its own for is
    left as read."""
    return [replace(h, claims=tuple(_in_committee(c, committee) for c in h.claims)) for h in hits]


def _in_committee(claim: TitleClaim, committee: str) -> TitleClaim:
    """``claim`` with ``committee`` opening its title, unless the title names a funds
    review committee already (经审会主任, 经费审查委员会主任)."""
    full_names = lexicon.words("titles.yaml", "union_committees")
    if _FUNDS_MARK in claim.title or full_names.starting(claim.title):
        return claim
    if claim.org_offset is not None and claim.org_offset >= claim.start:
        return claim  # a body the post's own chain names (选举甲为公司工会主席)
    return replace(
        claim,
        title=committee + claim.title,
        title_normalised=committee + claim.title_normalised,
    )
