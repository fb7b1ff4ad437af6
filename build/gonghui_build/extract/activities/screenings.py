"""A screening told by its verb and the film's title (组织职工观看电影《某某》): the title
names one showing, as a name of its own makes one event of a trigger, and it belongs to
the activity's name. The triggers are ``verb_object_triggers`` of
``reference/activities.yaml``."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.grammar import words

#: A work's title in book marks right after the trigger (the film shown).
_TITLE = re.compile(r"《[^《》。；]{1,30}》")


def shown_title_end(text: str, t_end: int, word: str) -> int | None:
    """The end of the film's title right after a verb-and-object trigger (观看电影《某某》),
    or None: then the trigger alone names no showing of its own."""
    if word not in words("verb_object_triggers"):
        return None
    title = _TITLE.match(text, t_end)
    return title.end() if title else None
