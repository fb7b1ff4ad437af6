"""A unit of an enterprise printed after the enterprise's short form (``公司机修班班长某某``,
``厂质检组组长某某``: ``org_suffixes.yaml`` unit_openers, then a team's or a section's
ending, inner_unit_endings) in an article that named the enterprise in full before: the
unit is that enterprise's (某某机务有限公司机修班), as 公司 alone is that company. The
whole was read as one body the resolver does not know, so the post was held nowhere; the
short form is read back as the article's other short forms are (:mod:`..organisations.
context`) and the unit kept after it."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.vocabulary import ResolvedBy

#: The longest unit read after the short form (机修班, 质检组, 二号作业区).
_UNIT_MAX = 6


def unit_of_short_enterprise(claim: TitleClaim, p: Paragraph, orgs: ArticleOrgs) -> TitleClaim:
    """``claim`` held at the unit of the enterprise its short form refers back to, where
    its body is such a short form and a unit; as it was otherwise."""
    written, at = claim.org_written, claim.org_offset
    if written is None or at is None or at < 0:
        return claim
    opener = lexicon.words("org_suffixes.yaml", "unit_openers").starting(written)
    unit = written[len(opener) :] if opener else ""
    if not unit or len(unit) > _UNIT_MAX:
        return claim
    if lexicon.words("org_suffixes.yaml", "inner_unit_endings").ending(unit) is None:
        return claim
    if orgs.resolve(written, p, at) is not None:
        return claim  # read already: the resolver knows the whole
    full = orgs.resolve(opener, p, at)
    if full is None or full.resolved_by != ResolvedBy.context or full.name == opener:
        return claim
    return replace(claim, org_written=full.name + unit, org_offset=-1)
