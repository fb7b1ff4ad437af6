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


#: The lists of ceremonies (``reference/activities.yaml``): a ceremony opening its
#: sentence (开幕式上，…) is a day of the event the article reports (attended_openings).
_CEREMONIES = ("opening_words", "ceremony_words", "closing_ceremonies", "launch_ceremonies")


def opens_as_scene(text: str, s_start: int, m: Mention) -> bool:
    """Whether the bare meeting ``m`` opens its sentence as the scene of what follows
    (座谈会上，某某作了发言): the meeting is told as held there. The caller asks only when
    the article has reported no meeting it refers back to (a delegation's visit, then
    the talk held with it: real_dev29's gold; the usual wording of visit reports, 调研组
    与…座谈, 座谈会上…). Not a word that needs a name to be one (会议上，…), nor a
    ceremony (开幕式上，…: the event's day; real_dev15's and real_dev17's gold)."""
    if m.category != Category.meeting or text[m.start : m.end] != m.trigger:
        return False
    if text[s_start : m.start].strip() or m.trigger in words("needs_name"):
        return False
    if any(words(kind).ending(m.trigger) for kind in _CEREMONIES):
        return False  # 闭幕式上，…: a day of the event reported, no meeting of its own
    return words("scene_openers").starting(text, m.end) is not None


def told_alone(text: str, s_start: int, m: Mention) -> bool:
    """Whether the plain mention ``m`` is one event by what its own sentence says of it:
    its length (:func:`told_by_its_length`), the scene its sentence opens on
    (:func:`opens_as_scene`) or, for a meeting named by its kind, what it resolved
    (县总工会经费审查委员会会议审议通过了…: :func:`.convened.told_by_resolution`)."""
    if told_by_its_length(text, s_start, m) or opens_as_scene(text, s_start, m):
        return True
    t_start = m.end - len(m.trigger)
    return bool(m.trigger) and told_by_resolution(text, m.start, t_start, m.end, m.trigger)
