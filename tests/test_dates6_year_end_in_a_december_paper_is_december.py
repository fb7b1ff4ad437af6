"""年底, 年末, 岁末 in an article printed in December are that December, 年初 in one
printed in January that January; in any other month only the year is certain (a city
union's December page of its year-end visits). Invented sentences."""

from __future__ import annotations

import pytest

from gonghui_build.extract.dates import find_dates, resolve
from tests.conftest import printed


def on(text: str, published: str) -> tuple[str | None, str | None]:
    [d] = find_dates(text)
    got = resolve(d, printed(published))
    return got.start, got.start_precision


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("年底，青禾市总工会开展“冬送温暖”走访慰问活动。", "2023-12-28", ("2023-12", "month")),
        ("岁末，市总工会走访慰问困难职工。", "2023-12-20", ("2023-12", "month")),
        ("年末，市总工会举办职工迎新春书画展。", "2022-12-30", ("2022-12", "month")),
        ("年初，市总工会召开全委会议。", "2024-01-20", ("2024-01", "month")),
    ],
)
def test_the_years_end_in_its_month_is_that_month(text, published, expected):
    assert on(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("年底，青禾市总工会开展“冬送温暖”走访慰问活动。", "2023-11-10"),
        ("年初，市总工会召开全委会议。", "2023-06-20"),
    ],
)
def test_the_years_end_in_another_month_is_only_the_year(text, published):
    assert on(text, published) == (published[:4], "year")
