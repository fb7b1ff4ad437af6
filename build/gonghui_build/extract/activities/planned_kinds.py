"""A planned event of another kind after a held one of the same category: ``举办第三届
职工篮球赛…。6月底前，区总工会还将举办职工乒乓球赛``. The later mention has no name of
its own (职工 is a generic modifier), so the finder would take it for the basketball
contest told again; but its trigger names a kind of event the held one's name does not
print, and a plan is no report of what was held: it is a new activity, planned."""

from __future__ import annotations

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.links import antecedent
from gonghui_build.extract.activities.mentions import Mention
from gonghui_build.vocabulary import Status


def another_kind_planned(found: list[ActivityDraft], m: Mention, status: Status | None) -> bool:
    """The mention, ``status`` planned, names by its trigger a kind of event that the
    held activity of its category it would refer back to does not print in its name
    (篮球赛 then 乒乓球赛): a plan of another event. Not a bare head that needs a name
    (还将举办培训): that one restates, as before."""
    if status != Status.planned or not m.trigger or m.trigger in words("needs_name"):
        return False
    earlier = antecedent(found, m.category)
    if earlier is None or found[earlier].status != Status.held:
        return False
    return m.trigger not in found[earlier].name
