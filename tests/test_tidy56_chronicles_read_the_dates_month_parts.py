"""A chronicle's entry dated by a part of a month (``4月中旬``, ``5月底``, or the part alone
under the month's heading, ``中旬  …``) reads the parts from the dates' one list,
``dates.yaml`` ``month_parts`` (its tens and its ends, 初, 底, 末), as a date's text
does: the layout wrote its own copies, which had no 末. The middle of a month printed
alone (``月中  …``) is ``month_middle`` beside it."""

from __future__ import annotations

import pytest

from gonghui_build import reference as lexicon
from gonghui_build.layout import chronicles
from gonghui_build.layout.chronicle_titles import is_entry_date

_PARTS = sorted(lexicon.words("dates.yaml", "month_parts").quietly())


def test_the_dates_list_has_the_tens_and_the_ends() -> None:
    assert set(_PARTS) == {"上旬", "中旬", "下旬", "初", "底", "末"}


@pytest.mark.parametrize("part", _PARTS)
def test_an_entry_date_alone_takes_every_part_of_a_month(part: str) -> None:
    assert is_entry_date(f"4月{part}")
    assert is_entry_date(f"4月{part}至6月{part}")


@pytest.mark.parametrize("part", _PARTS)
def test_an_entry_set_off_by_a_comma_takes_every_part(part: str) -> None:
    assert chronicles._COMMA_DATE_RE.match(f"4月{part}，某厂工会举办读书会")
    assert chronicles._COMMA_DATE_RE.match(f"4月{part}至5月{part}，某厂工会举办读书会")


@pytest.mark.parametrize("alone", ["上旬", "中旬", "下旬", "月初", "月底", "月末", "月中"])
def test_a_part_alone_under_the_months_heading(alone: str) -> None:
    assert chronicles._BLANK_SET_DATE_RE.match(f"{alone}  某厂工会举办读书会")


def test_the_middle_of_a_month_alone_is_the_dates_word() -> None:
    assert set(lexicon.words("dates.yaml", "month_middle").quietly()) == {"月中"}


def test_no_part_is_read_after_no_month() -> None:
    assert not is_entry_date("4月中")
    assert not chronicles._BLANK_SET_DATE_RE.match("底  某厂工会举办读书会")
