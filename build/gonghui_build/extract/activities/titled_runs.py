"""The end of a run told by a deck line alone (——活动将持续至12月中旬, under a headline
whose body's lead reports the launch): the line's subject is a bare head (活动, 此次活动),
the event the lead names, and its until-phrase gives that event its end, as the same
words after the mention in the body do (:func:`.attributes.extend_to`)."""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build.extract.activities.attributes import extend_to
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.layout.paragraphs import Paragraph

#: The title lines a run's end may be told in.
_TITLE_ROLES = ("kicker", "subtitle")


def _run_told(line: str) -> str | None:
    """The words after a deck line's bare subject (活动, 此次活动), dash and blanks
    stripped; None when the line opens with no such subject."""
    text = line.strip().lstrip("—-").strip()
    lead = words("anaphora").starting(text) or ""
    head = words("generic_heads").starting(text, len(lead))
    return None if head is None else text[len(lead) + len(head) :]


def ended_by_title(
    paragraphs: Sequence[Paragraph], body: Sequence[Paragraph], drafts: list[ActivityDraft]
) -> list[ActivityDraft]:
    """``drafts`` with the first one, read from the body's first paragraph with a start
    and no end, given the end a deck line tells of a bare subject (活动将持续至12月中旬)."""
    if not drafts or drafts[0].paragraph != 0 or not body:
        return drafts
    for p in paragraphs:
        if p.role not in _TITLE_ROLES:
            continue
        rest = _run_told(p.text)
        if rest is None:
            continue
        extended = extend_to(drafts[0], rest)
        if extended is not drafts[0]:
            return [extended, *drafts[1:]]
    return drafts
