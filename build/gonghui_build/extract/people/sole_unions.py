"""A post of the bare word 工会 that no body named before completes (…选举结果如下：|
工会常务副主席：某某, after paragraphs of the congress that name no body): held at the one
enterprise's or institution's own union the article names, in full or short in a chain
(沈北某学院工会, 校工会), as a reader of a report about one unit's congress takes it.
With two such unions named, or none, the post is left as read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations import context
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.organisations.names import is_department
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.union_enterprise_posts import unions_enterprise
from gonghui_build.layout.paragraphs import Paragraph


def _own_unions(orgs: ArticleOrgs, upto: int) -> set[str]:
    """The full names of the enterprises' own unions the article names up to paragraph
    ``upto`` (``orgs`` with the chains' unions read in:
    :func:`.article_unions.with_chain_unions`)."""
    out: set[str] = set()
    for seq, spans in orgs.spans.items():
        for k in spans if seq <= upto else ():
            if unions_enterprise(k.written) is None:
                continue
            found = context.resolve(k.written, orgs.base[seq] + k.start, orgs.context)
            out.add(found.name if found is not None else k.written)
    return out


def at_sole_own_union(
    hits: Sequence[tuple[Paragraph, NameHit]], orgs: ArticleOrgs
) -> list[tuple[Paragraph, NameHit]]:
    """``hits`` with each post held at the bare 工会 (or a committee of it: 工会女职工委员会)
    held at the one own union of an enterprise the article names up to the post's
    paragraph, when it names exactly one."""
    union = lexicon.titles().union_body
    out: list[tuple[Paragraph, NameHit]] = []
    for p, h in hits:
        bare = [c for c in h.claims if (c.org_written or "").startswith(union)]
        unions = _own_unions(orgs, p.seq) if bare else set()
        if len(unions) != 1:
            out.append((p, h))
            continue
        (sole,) = unions
        claims = tuple(
            replace(c, org_written=sole + (c.org_written or "")[len(union) :], org_offset=-1)
            if c in bare and _department_or_none((c.org_written or "")[len(union) :])
            else c
            for c in h.claims
        )
        out.append((p, replace(h, claims=claims)))
    return out


def _department_or_none(rest: str) -> bool:
    """工会 itself, or one of its committees printed after it (工会|女职工委员会)."""
    return not rest or is_department(rest)
