"""A plain course told by its length alone (组织30名基层工会主席参加为期五天的培训): a
verb acting on it across 为期…的 makes one event of the bare head, as a name of its own
would, when no activity of its kind was read before it (after a course, 参加为期三天的培训
is that course again: :func:`.links.antecedent`). s42 acts50, real pages: a district's
and a county's union-cadre courses told as 参加为期…的培训 with no course named."""

from __future__ import annotations

from gonghui_build.extract.activities.convened import told_by_resolution
from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.text.clauses import clause_start
from gonghui_build.vocabulary import Category


def told_by_its_length(text: str, s_start: int, m: Mention) -> bool:
    """Whether the plain mention ``m`` stands right after 为期 and a length closed by 的,
    a verb of its clause before them (参加为期五天的培训, 开展了为期两周的理论培训: a kind
    before the head is held so too, s45 acts57, real_dev4's contest page; not 为期五天的
    培训结束后, no verb acting on it)."""
    if text[m.start : m.end] != m.trigger and m.category != Category.training:
        return False  # 参加为期5天的集中学习研讨 after a course: that course's study
    before = text[clause_start(text, m.start, s_start) : m.start]
    if not before.endswith("的"):
        return False
    length = next(
        (d for d in patterns().duration.finditer(before) if d.end() == len(before) - 1), None
    )
    if length is None:
        return False
    return words("verbs").in_text(before[: length.start()]) is not None


def told_alone(text: str, s_start: int, m: Mention) -> bool:
    """Whether the plain mention ``m`` is one event by what its own sentence says of it:
    its length (:func:`told_by_its_length`) or, for a meeting named by its kind, what it
    resolved (县总工会经费审查委员会会议审议通过了…: :func:`.convened.told_by_resolution`)."""
    if told_by_its_length(text, s_start, m):
        return True
    t_start = m.end - len(m.trigger)
    return bool(m.trigger) and told_by_resolution(text, m.start, t_start, m.end, m.trigger)
