"""A Party or board post of no body in one chain with the chair of an enterprise's own
union (党委副书记、公司工会主席某某; 校工会主席、党委副书记某某): the post is the enterprise's,
whose union the chain names, as a reader takes one person's posts at one unit. The chain
reader holds it so only when the union's post comes first and names its enterprise in
full (某公司工会主席、党委副书记); this reads the other order, and the short forms a report
about one unit prints (公司, 厂, 校: ``titles.yaml`` enterprise_short_forms), whose
union's Party committee would otherwise be the union's own. A federation (区总工会) is
no enterprise: its chain's Party posts are left as read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.chain_bodies import is_enterprise

if TYPE_CHECKING:
    from gonghui_build.extract.people.titles import TitleClaim


def _enterprise_short_form(stem: str) -> bool:
    """校, 学校, 股份: a short form a report about one unit prints for it."""
    forms = lexicon.keyed("titles.yaml", "enterprise_short_forms")
    return any(stem in (full, *shorts) for full, shorts in forms.items())


def unions_enterprise(written: str | None) -> str | None:
    """The enterprise ``written`` is the own union of (某公司工会 → 某公司, 校工会 → 校), or
    None for any other body, a federation or an industry's union among them."""
    union = lexicon.titles().union_body
    if not written or not written.endswith(union):
        return None
    stem = written[: -len(union)]
    return stem if is_enterprise(stem) or _enterprise_short_form(stem) else None


def inner_posts_at_unions_enterprise(claims: Sequence[TitleClaim]) -> list[TitleClaim]:
    """``claims`` with each post of an enterprise's inner body (党委, 纪委, 董事会:
    ``titles.yaml`` enterprise_inner_bodies) that names no body, or only the union
    inherited from the chain's union post, held at the enterprise whose own union the
    chain names."""
    union = next((c for c in claims if unions_enterprise(c.org_written)), None)
    if union is None:
        return list(claims)
    enterprise = unions_enterprise(union.org_written)
    inner = lexicon.words("titles.yaml", "enterprise_inner_bodies")
    return [
        replace(c, org_written=enterprise, org_offset=union.org_offset)
        if c is not union
        and c.org_written in (None, union.org_written)
        and inner.starting(c.title_normalised) is not None
        else c
        for c in claims
    ]
