"""The unions an article's paragraphs name, as the readers of its people need them: the
last union named before a paragraph (where an election naming no body is held), the
first one the article names (whose roster it prints) and the union whose roll of
officers a paragraph is a row of. Apart from :mod:`.article`, which reads the names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.organisations.names import org_type, suffix_of
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.election_claims import is_union
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.roll_tables import RollHeads
from gonghui_build.extract.people.title_lists import is_officers_roll
from gonghui_build.extract.people.union_enterprise_posts import unions_enterprise
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.vocabulary import UNION_TYPES, OrgType

#: Marks of running text: a roll's rows, and an officer roster's lines, print none.
RUNNING_TEXT_MARKS = "。，；"
#: A union named, with the paragraph it is named in.
Roll = tuple[int, OrgSpan] | None


def union_before(
    last: tuple[int, OrgSpan] | None, orgs: ArticleOrgs, p: Paragraph
) -> OrgSpan | None:
    """The last union the paragraphs before ``p`` name (``last``: its paragraph and span;
    a heading's 县总工会), its offsets counted from ``p``'s start: the body an election in
    ``p`` that names none is held at."""
    if last is None:
        return None
    seq, union = last
    shift = orgs.base[seq] - orgs.base[p.seq]
    return OrgSpan(union.start + shift, union.end + shift, union.written, union.suffix, union.type)


def last_union(orgs: ArticleOrgs, p: Paragraph) -> OrgSpan | None:
    """The last union ``p`` names, if any."""
    return next((k for k in reversed(orgs.spans.get(p.seq, [])) if is_union(k)), None)


def first_union(orgs: ArticleOrgs, p: Paragraph) -> OrgSpan | None:
    """The first union ``p`` names, if any: a union's name, or a body's name with 工会
    right after it (某公司|工会第三次会员代表大会, where the reading kept the body)."""
    word = lexicon.titles().union_body  # a body's union: its name with 工会 after it
    for k in orgs.spans.get(p.seq, []):
        if is_union(k):
            return k
        if p.text.startswith(word, k.end):
            end = k.end + len(word)
            return OrgSpan(k.start, end, k.written + word, word, OrgType.union)
    return None


def roll_of(
    p: Paragraph, orgs: ArticleOrgs, roll: Roll, last: Roll, heads: RollHeads | None
) -> tuple[int, OrgSpan] | None:
    """The union whose roll of officers ``p`` is in: set by the roll's heading
    (历届县总工会主要负责人名录: the union it names, else, a heading read as no text, the
    union named last before it, ``last``), ended by running text after it (its
    column heads, 职务 姓名 任职时间, do not end it; column heads with no heading over
    them open a roll of the union named last, 届次 时间 主席 副主席: ``heads``, the
    column heads ``p`` is a row of)."""
    if is_officers_roll(p.text) or (roll is None and heads is not None):
        union = last_union(orgs, p)
        return (p.seq, union) if union is not None else last
    return None if any(mark in p.text for mark in RUNNING_TEXT_MARKS) else roll


def union_of_chains(last: Roll, hits: Sequence[tuple[Paragraph, NameHit]]) -> Roll:
    """``last`` (the last union named so far), or a union a title chain of the paragraph
    read last holds a post at, printed short after it (开幕式由党委副书记、校工会主席某某主持:
    the organisations read no name in 校工会, the chain does): an election printed after
    it (工会常务副主席：某某) is that union's, not one named before it (a guest's 省教育工会)."""
    if not hits:
        return last
    p = hits[-1][0]
    if last is not None and last[0] > p.seq:
        return last
    held = [
        c
        for q, h in hits
        if q.seq == p.seq
        for c in h.claims
        if c.org_written and c.org_offset is not None and c.org_offset >= 0
        if org_type(c.org_written) in UNION_TYPES and suffix_of(c.org_written)
    ]
    if not held:
        return last
    c = max(held, key=lambda c: c.org_offset or 0)
    at = c.org_offset or 0
    if last is not None and last[0] == p.seq and last[1].start >= at:
        return last
    written = c.org_written or ""
    span = OrgSpan(at, at + len(written), written, suffix_of(written) or "", org_type(written))
    return p.seq, span


def with_chain_unions(orgs: ArticleOrgs, hits: Sequence[tuple[Paragraph, NameHit]]) -> ArticleOrgs:
    """``orgs`` with the enterprises' own unions that title chains hold posts at where the
    organisations read no name (党委副书记、校工会主席某某; 公司工会主席某某): a union the
    article names as much as one named in full, when the posts of the bare word 工会 are
    held at the one such union (:mod:`.sole_unions`). Not a body named before any title
    (校工会主席甲向校长乙汇报: 校长 is the school's, not the union's)."""
    spans = {seq: list(found) for seq, found in orgs.spans.items()}
    for p, h in hits:
        for c in h.claims:
            written, at = c.org_written, c.org_offset
            if at is None or at < 0 or unions_enterprise(written) is None or not written:
                continue
            here = spans.setdefault(p.seq, [])
            if any(k.start <= at < k.end for k in here):
                continue
            here.append(
                OrgSpan(at, at + len(written), written, suffix_of(written) or "", org_type(written))
            )
            here.sort(key=lambda k: k.start)
    return replace(orgs, spans=spans)
