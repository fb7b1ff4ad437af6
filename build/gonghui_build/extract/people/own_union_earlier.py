"""A union's post printed with the bare word 工会 where no body is named near it: an
election's result (``…选举产生第二届工会委员会。…甲当选为工会主席，乙当选为副主席``) or
an officer roster's lines (``工会常务副主席：乙``) some paragraphs after the article gave
a post at the reporting body's own union (``集团党委副书记、工会主席甲``, ``校工会主席
甲``). The reader takes the bare 工会 as that union, the one the article is about; the
body named last before it (a hotel where the congress met, a school the college once
was) is no guide there, so :mod:`.named_before` leaves such a post with the bare word."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.organisations.names import is_department
from gonghui_build.extract.people.bare_union_posts import bodys_own_union
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.layout.paragraphs import Paragraph


def _bare_union_rest(written: str | None) -> str | None:
    """What follows the bare word 工会 a claim's body is printed as: ``""`` for 工会
    alone, a department of it (工会|女职工委员会); None for any other body."""
    union = lexicon.titles().union_body
    if written is None or not written.startswith(union):
        return None
    rest = written[len(union) :]
    return rest if not rest or is_department(rest) else None


def _own_union_of(claim: TitleClaim, p: Paragraph, orgs: ArticleOrgs) -> str | None:
    """The enterprise's or institution's own union ``claim`` is held at, read in full
    (集团工会 → 某某集团工会, 校工会 → 某某学院工会); None for any other body."""
    if claim.org_written is None or _bare_union_rest(claim.org_written) is not None:
        return None
    at = claim.org_offset if claim.org_offset is not None and claim.org_offset >= 0 else claim.start
    resolved = orgs.resolve(claim.org_written, p, at)
    name = resolved.name if resolved is not None else None
    return name if name and bodys_own_union(name) else None


#: Each own union a post of the article was held at, by where the post was printed
#: (paragraph, offset), in the order of the text.
OwnUnions = list[tuple[tuple[int, int], str]]


def own_unions_named(hits: list[tuple[Paragraph, NameHit]], orgs: ArticleOrgs) -> OwnUnions:
    """The own unions of enterprises or institutions the hits' posts are held at, by
    place (the hits come in no order of the text)."""
    return sorted(
        ((p.seq, c.start), own)
        for p, h in hits
        for c in h.claims
        if (own := _own_union_of(c, p, orgs)) is not None
    )


def at_own_union_named_earlier(claim: TitleClaim, p: Paragraph, owns: OwnUnions) -> TitleClaim:
    """``claim``, a post still printed with the bare word 工会 (or a department of it),
    held at the last own union of ``owns`` printed before it; as it was where the
    article gave none before it or the post is held elsewhere."""
    rest = _bare_union_rest(claim.org_written)
    if rest is None:
        rest = _committee_carried_to_a_guest(claim)
    before = [own for at, own in owns if at < (p.seq, claim.start)]
    if rest is None or not before:
        return claim
    return replace(claim, org_written=before[-1] + rest, org_offset=-1)


def _committee_carried_to_a_guest(claim: TitleClaim) -> str | None:
    """``经费审查委员会主任：某某``, ``女职工委员会主任：某某``: a post at a union's own
    committee printed with no union, whose union was carried from an earlier paragraph
    to a union that is no enterprise's or institution's own (a guest's: 某省教育工会副主席
    出席): the committee is that of the union whose officers the roster elects, the
    article's own, as the bare 工会 rows over it are (s53, pos65: a college's election
    roster under a provincial industry union's guest). What follows the union (``""`` for
    a committee read into the title, the department otherwise); None for any other post."""
    written, union = claim.org_written, lexicon.titles().union_body
    if written is None or claim.org_offset is None or claim.org_offset >= 0:
        return None  # printed with its body, or with none
    committees = lexicon.words("titles.yaml", "union_committees")
    if committees.starting(claim.title) and written.endswith(union):
        return "" if not bodys_own_union(written) else None
    stem, _, department = written.rpartition(union)
    if not stem or not is_department(department) or bodys_own_union(stem + union):
        return None
    return department
