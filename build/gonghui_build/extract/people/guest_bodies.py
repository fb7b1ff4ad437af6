"""A guest's union between the enterprise an article reports on and a post of its bare
工会: ``某公司召开职代会。市总工会副主席甲出席会议。工会主席乙作报告``.

Reports of an enterprise's congress (职代会, 会员代表大会) name the officers of the
unions above it who attend (市总工会副主席甲, 集团工会副主席甲; 代表集团工会到会) before
the enterprise's own union chair, printed with the bare word 工会. The body named last
before the chair is then the guest's union, whose chair the enterprise's 工会主席 is not:
a federation's bare 工会 post was left with no body, a group's union took the post; so
was it after a Party or a government body named last. The bare union is the reported
enterprise's own. Read by :mod:`.named_before`.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.bare_union_posts import WITH_UNIONS as _WITH_UNIONS
from gonghui_build.extract.people.chain_inherits import enterprise_post
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.vocabulary import UNION_TYPES, OrgType

#: The word before a body that a guest speaks or comes for (代表集团工会到会指导: on
#: behalf of): 《现代汉语词典》 (7th ed.), 代表 (动: 受委托或指派代替个人或集体办事).
_ON_BEHALF_OF = "代表"

Found = tuple[OrgSpan, int] | None


def _guests_body(found: tuple[OrgSpan, int], text: str, before: str | None) -> bool:
    """Whether the body ``found`` in ``text`` (its offset there) is a guest's: the body
    of a post printed right after it (市总工会副主席甲), or the body someone comes on
    behalf of (代表集团工会). A body of the paragraph before (a negative offset) is read
    in that paragraph's text ``before``, at its own offset there: a report may close its
    opening paragraph with the guest (…到会指导。) and name the chair in the next."""
    span, at = found
    if at < 0:
        if before is None or before[span.start : span.end] != span.written:
            return False
        text, at = before, span.start
    end = at + len(span.written)
    titled = lexicon.titles().regex.match(text, end) is not None
    return titled or text[:at].endswith(_ON_BEHALF_OF)


def _bare_union_chain(claims: tuple[TitleClaim, ...]) -> bool:
    """Whether the chain holds a post of the bare word 工会 (工会主席, 工会女职工委员会
    主任) and no body of another kind."""
    union = lexicon.titles().union_body
    bodies = [c.org_written for c in claims if c.org_written is not None]
    return bool(bodies) and all(b.startswith(union) for b in bodies)


def _bare_enterprise_chain(claims: tuple[TitleClaim, ...]) -> bool:
    """Whether the chain prints no body and a post only an enterprise has (总经理,
    董事长: ``titles.yaml`` enterprise_posts): a report of an enterprise's congress names
    its manager so after the guests' federation (区总工会副主席甲到会指导。…，总经理乙作
    行政工作报告; s53, pos65), the manager the reported enterprise's, as its bare 工会's
    chair is."""
    return all(c.org_written is None for c in claims) and any(
        enterprise_post(c.title_normalised) for c in claims
    )


def host_over_guest(
    found: Found,
    reported: Found,
    text: str,
    claims: tuple[TitleClaim, ...],
    before: Paragraph | None = None,
) -> Found:
    """The enterprise the article reports on (``reported``), instead of the body named
    last (``found``), for a chain of the bare 工会's posts when that body is a guest's
    union or federation (:func:`_guests_body`) and not the enterprise's own, or a body
    with no union a bare 工会 may be (a Party body, a government's: 公司纪检组长甲，…。
    工会主席乙; 区人社局副局长甲出席…); else ``found``. ``before`` is the paragraph
    before, where ``found`` may stand."""
    prior = before.text if before is not None else None
    if found is None or reported is None:
        return found
    if _bare_enterprise_chain(claims):
        guest = found[0].type in UNION_TYPES and _guests_body(found, text, prior)
        return reported if guest and reported[0].type == OrgType.company else found
    if not _bare_union_chain(claims):
        return found
    if found[0].type in _WITH_UNIONS:
        return found  # 某公司, 某大学: the body named whose own union a bare 工会 is
    if found[0].type not in UNION_TYPES:
        return reported
    if found[0].written.startswith(reported[0].written.removesuffix(lexicon.titles().union_body)):
        return found  # the enterprise's own union, named again
    return reported if _guests_body(found, text, prior) else found
