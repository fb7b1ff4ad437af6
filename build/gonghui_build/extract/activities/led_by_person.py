"""The organiser of a delegation's doings. A visit led by a person named alone (某某一行
还走访了…, 某某带队慰问…) is the union of the post the article gave that person before: a
delegation's leader is named with the post once (省总工会副主席某某一行到某州调研) and bare
afterwards; the bodies named between (the hosts who accompanied, the local unions that
reported) are not who sent the delegation, so the union named last is the wrong default.
An activity of such an article naming no organiser (在随后召开的座谈会上) is the
delegation's union's too, but for the hosts' account of their own work (据介绍…). Real
pages, s39 devfix4: a province's union leader's aid visit to Tibet, a region's union
leader's winter visit to a prefecture, city unions' visits to counties and works; the
tuning gold of such pages, real_dev, real_dev2 and real_dev4."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.organisers import names_before, person_role
from gonghui_build.extract.facts import OrgFact, PositionFact, ResolvedOrg
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.clauses import CLAUSE_PUNCT
from gonghui_build.vocabulary import UNION_TYPES


def union_posts(positions: Sequence[PositionFact]) -> list[PositionFact]:
    """The posts in a union body the article names, where a person is named with one."""
    return [
        p for p in positions if p.org is not None and p.org.type in UNION_TYPES and len(p.name) >= 2
    ]


def _leads_at_clause_start(lead: str, name: str) -> bool:
    """Whether ``name`` opens a clause of ``lead`` (a person named alone is the subject at
    a clause's start) and leads a group after it (某某一行, 某某还带队)."""
    for m in re.finditer(re.escape(name), lead):
        if m.start() > 0 and lead[m.start() - 1] not in CLAUSE_PUNCT:
            continue  # 副主席某某一行: a post before the name, read by organiser_of
        rest = lead[m.end() : m.end() + 8]
        rest = rest[len(words("person_fillers").starting(rest) or "") :]
        if words("leading_words_of_person").starting(rest):
            return True
    return False


def led_by_person(
    draft: ActivityDraft,
    p: Paragraph,
    posts: Sequence[PositionFact],
    order: dict[int, int],
) -> ResolvedOrg | None:
    """The union of the post of the person who leads the activity's group, named alone
    at the start of a clause before the activity (某某一行还走访了…): the post read last
    before that sentence, so a person holding two posts is read by the one the article
    gave them; None when no such person leads it."""
    s_start = draft.sentence[0]
    # up to the trigger: a visit's name may open with its leader (某某一行还走访慰问了…)
    lead = p.text[s_start : draft.trigger_end - len(draft.trigger)]
    here = (order.get(p.seq, -1), s_start)
    for post in sorted(posts, key=lambda q: -len(q.name)):
        if not _leads_at_clause_start(lead, post.name):
            continue
        before = [
            q
            for q in posts
            if q.name == post.name and (order.get(q.span.paragraph, -1), q.span.text_start) < here
        ]
        if before:
            latest = max(before, key=lambda q: (order.get(q.span.paragraph, -1), q.span.text_start))
            return latest.org
    return None


def delegations_union(
    paragraphs: Sequence[Paragraph], orgs: Sequence[OrgFact]
) -> ResolvedOrg | None:
    """The union whose officer leads the delegation the article's lead reports
    (某省总工会副主席某某一行到某市调研): the body that sent the visit, whose passage the
    article is, where no activity of it names its organiser (在随后召开的座谈会上, the
    local unions that reported at it are not who held it; the tuning gold of a region's
    and a province's delegations, real_dev and real_dev4). None when the lead reports
    no such delegation."""
    lead = next((p for p in paragraphs if p.role == "body"), None)
    if lead is None:
        return None
    for o in sorted(orgs, key=lambda o: o.span.text_start):
        if o.span.paragraph != lead.seq or o.resolved.type not in UNION_TYPES:
            continue
        if person_role(lead.text, o.span.text_end) == "leads":
            return o.resolved
    return None


def names_own_union(draft: ActivityDraft, p: Paragraph, orgs: Sequence[OrgFact]) -> bool:
    """Whether the activity's sentence names a union before its trigger, not as a venue
    or a guest (石门县总工会还走访慰问了…): that union is the subject, whatever
    delegation the article reports."""
    trigger_start = draft.trigger_end - len(draft.trigger)
    return names_before(draft, p, orgs, trigger_start, unions=True)


def told_by_hosts(draft: ActivityDraft, p: Paragraph) -> bool:
    """Whether the activity's sentence opens with the hosts' account (据介绍，今年以来，
    全市共举办…: ``hosts_account_openers``): their own work, not the delegation's."""
    return bool(words("hosts_account_openers").starting(p.text[draft.sentence[0] :].lstrip()))
