"""The unions an article's paragraphs name, as the readers of its people need them: the
last union named before a paragraph (where an election naming no body is held), the
first one the article names (whose roster it prints) and the union whose roll of
officers a paragraph is a row of. Apart from :mod:`.article`, which reads the names."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.election_claims import is_union
from gonghui_build.extract.people.roll_tables import RollHeads
from gonghui_build.extract.people.title_lists import is_officers_roll
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.vocabulary import OrgType

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
