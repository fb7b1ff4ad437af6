"""A year in Chinese numerals whose zero is printed as a circle (二○一九, as many pages
type it) or read by an OCR as a Latin O or a digit 0 (二O一九, 二0一九) is a year.
Invented sentences throughout."""

from __future__ import annotations

import pytest

from gonghui_build.extract.dates.expressions import find_dates


def _dates(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(d.text, d.year, d.month, d.day) for d in find_dates(text)]


@pytest.mark.parametrize("zero", ["〇", "○", "O", "Ｏ", "0"])
def test_year_with_a_zero_of_any_printed_shape_is_read(zero: str) -> None:
    text = f"二{zero}一七年九月八日，柳河县总工会召开第五届职工代表大会。"
    assert _dates(text) == [(f"二{zero}一七年九月八日", 2017, 9, 8)]


def test_year_with_two_circle_zeros_is_read() -> None:
    assert _dates("会议表彰了二○○六年度先进职工之家。")[0][:2] == ("二○○六年", 2006)


def test_lookalike_zero_outside_a_year_is_no_date() -> None:
    assert _dates("全队共二O一人参加比赛。") == []
    assert _dates("第十二0号文件") == []
