"""The words of a workroom, a method or a team named after a person: ``吴某某创新工作室``,
``温某某劳模创新工作室``, ``邓某某技能大师工作室``, ``许某某工作法``.

Union pages name innovation studios, skill masters' workrooms and work methods after the
model worker who leads them (``people.yaml`` things_after_name). The model often runs such
a name into the studio's words (邓某某技能大师工作室); that span is no one's name and is
refused (:mod:`.model`). Whether the person a studio is named after is, by that name alone,
a person the text names is left open: a rule reading those names (s40, people23) lowered a
held-out set's people and was backed out; the name is read where the text names the person
otherwise."""

from __future__ import annotations

from gonghui_build import reference as lexicon


def holds_a_things_name(name: str) -> bool:
    """邓某某技能大师工作室: a span that runs on from a name into a studio's words is no
    one's name (the model reads such a line whole). The list's regex tries the longest
    words first, so a studio's words are read once from their first character (劳模创新
    工作室, not 创新工作室 after 劳模)."""
    found = lexicon.words("people.yaml", "things_after_name").regex.search(name)
    return found is not None and found.start() >= 2
