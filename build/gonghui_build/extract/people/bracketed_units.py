"""An occupation before a name with the worker's unit in brackets right after it (装调工
某某（某汽车有限公司某基地）夺得一等奖; 管网维修工某某（某水务集团某分公司）): a contest's or
an award's list prints each winner so, and the occupation is held at the unit the
brackets name (tests/fixtures/ANNOTATION.md: an occupation printed with its body), not at
no body. Only a post the phrase before the name describes (焊工, 质检员) and a bracket
that holds one body's name and nothing else are read; a winner with a unit and no
occupation is given no post (the unit stays an organisation)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build.extract.organisations.org_spans import OrgSpan, org_ending_at
from gonghui_build.extract.people.hits import NameHit

_OPENS = "（("
_CLOSES = "）)"


def _unit_in_brackets(text: str, name_end: int, spans: Sequence[OrgSpan]) -> OrgSpan | None:
    """The body a bracket opening right at ``name_end`` holds whole (as the article's
    reading found it, or as the organisation grammar reads the bracket), or None."""
    if name_end >= len(text) or text[name_end] not in _OPENS:
        return None
    close = next((k for k in range(name_end + 1, len(text)) if text[k] in _CLOSES), None)
    if close is None:
        return None
    found = [k for k in spans if k.start == name_end + 1 and k.end == close]
    read = found[0] if found else org_ending_at(text, close)
    return read if read is not None and read.start == name_end + 1 else None


def occupation_at_bracketed_unit(text: str, h: NameHit, spans: Sequence[OrgSpan]) -> NameHit:
    """``h`` with its described occupations of no body held at the unit in brackets
    after its name, where one is printed so."""
    if not h.claims or not all(c.described and c.org_written is None for c in h.claims):
        return h
    unit = _unit_in_brackets(text, h.end, spans)
    if unit is None:
        return h
    claims = tuple(replace(c, org_written=unit.written, org_offset=unit.start) for c in h.claims)
    return replace(h, claims=claims)
