"""The dates and the course rule read the ten-day parts of a month (上旬, 中旬, 下旬) from one
list, ``dates.yaml`` ``month_parts`` (with the two tens together, 中下旬, beside it), so
those two cannot drift apart. The layout's chronicle rules read it too (tidy56:
``test_tidy56_chronicles_read_the_dates_month_parts.py``)."""

from __future__ import annotations

import pytest

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.dated_courses import _part
from gonghui_build.extract.dates.expressions import find_dates


def test_the_tens_of_a_month_are_a_list_of_the_dates_month_parts() -> None:
    tens = lexicon.table("dates.yaml", "month_parts")["tens"]
    assert set(tens) == {"上旬", "中旬", "下旬"}
    assert set(tens) <= set(lexicon.words("dates.yaml", "month_parts"))


def test_activities_keep_no_month_parts_of_their_own() -> None:
    with pytest.raises(KeyError):
        lexicon.load("activities.yaml").section("dated_month_parts")


@pytest.mark.parametrize(
    ("lead", "dated"), [("6月下旬，", True), ("6月上中旬，", True), ("6月底，", False)]
)
def test_a_course_reads_the_tens_and_two_tens_of_a_month(lead: str, dated: bool) -> None:
    (d,) = find_dates(lead)
    assert _part(lead, d) is dated
