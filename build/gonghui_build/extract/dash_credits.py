"""A writer's dash signature: ``——某某`` or ``——某厂职工 某某`` closing an item's text.

A digest's short items, a reader's letter and an essay sign off with a dash and the
writer's name, run into the end of the last paragraph (``…发放助学金4.4万元。——某某``)
or on a line of its own (``——某某``). The name is the item's credit, no person its text
names. The dash is printed glued to the name, which the byline reader would take for one
token; it is no part of the credit's words, so the reader reads past it.

A dash after a closing quote (``“…。”——某某``) attributes a quotation to its speaker,
and a dash before a source (``——摘自《某某报》``) names no writer: neither is read here.
"""

from __future__ import annotations

import re

from gonghui_build.text.chars import FULL_STOPS

#: A signature's dash: two em dashes (or box-drawing or full-width dashes), as
#: :data:`gonghui_build.layout.shapes.DASH_RE` reads a dash opening a line.
_DASH = r"(?:——|──|－－|—)"
#: Longest signature run into a text (a unit and a name: ``——某某机械厂职工 某某某``).
DASH_CREDIT_MAX = 24
#: A dash signature closing a text: after a sentence's end (no closing quote, which a
#: quotation's attribution follows), the dash, then a short run with no sentence's
#: punctuation, no bracket or title mark (a source's ``摘自《…》``), up to the text's end.
_CLOSING_DASH_RE = re.compile(
    rf"(?<=[{''.join(sorted(FULL_STOPS))}])[ \u3000]*({_DASH})"
    rf"([^，,。：:；;！？!?“”《》（）()【】]{{2,{DASH_CREDIT_MAX}}})$"
)
#: A dash opening a byline's text (``——某某``), with the blanks after it.
_LEAD_DASH_RE = re.compile(rf"^{_DASH}[ \u3000]*")


def dash_credit_start(text: str) -> int | None:
    """Where a dash signature closing ``text`` starts (its dash), or None."""
    match = _CLOSING_DASH_RE.search(text.rstrip())
    return match.start(1) if match else None


def less_lead_dash(body: str) -> tuple[str, int]:
    """A byline's text without the dash it opens with (``——某某`` → ``某某``), and how
    many characters the dash and its blanks took."""
    match = _LEAD_DASH_RE.match(body)
    return (body[match.end() :], match.end()) if match else (body, 0)
