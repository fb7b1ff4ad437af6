"""Activities, act27: a facility told opened at a venue by a bare 开放 (某驿站在某街开放)
is an event; its hours (24小时开放) and an opening with no venue (于5月开放) are not read
by this. Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.mentions import mentions


def _said(text: str) -> list[str]:
    return [text[m.start : m.end] for m in mentions(text, 0, len(text))]


def test_a_facility_opened_at_a_venue_is_an_event() -> None:
    assert _said("“青溪书屋”在青溪区职工服务中心开放。") == ["“青溪书屋”"]


def test_a_facilitys_hours_are_no_event() -> None:
    assert _said("该驿站24小时开放。") == []


def test_an_opening_with_no_venue_is_not_read_here() -> None:
    assert _said("“青溪书屋”于5月开放。") == []
