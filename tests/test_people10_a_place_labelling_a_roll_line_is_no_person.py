"""A roll line that a place's name opens, closed by a colon (高平：张明 刘芳 周建国): lists
of award winners print the province or county before its winners' names, and a county or
city whose name reads as a name (高平) is no person there. A speaker's name before a colon
in an interview (高平：我们厂…, no name after it) stays a person. Invented names and
events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(lines: str) -> list[str]:
    text = "青禾省表彰先进职工\n\n本报讯 日前，省总工会公布了获奖名单。\n" + lines
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_county_labelling_a_roll_line_is_no_person():
    assert _people("高平：张明 刘芳 周建国") == ["张明", "刘芳", "周建国"]
    assert _people("高平：张明、刘芳、周建国") == ["张明", "刘芳", "周建国"]


def test_a_speaker_before_a_colon_with_no_name_after_it_stays_a_person():
    assert _people("高平：我们厂今年效益不错。") == ["高平"]
