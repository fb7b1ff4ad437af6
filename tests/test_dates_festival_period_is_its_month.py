"""The days around a festival (春节期间, 五一期间, 中秋节期间) are its month, as the
annotators date them (今年中秋节期间 → the month): the festival's day is one day of many
of the visits and events reported for it."""

from __future__ import annotations

import pytest

from gonghui_build.extract.dates.article import curated_date
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.extract.dates.resolve import resolve


def on(text: str, published: str) -> tuple[str | None, str | None]:
    [d] = [d for d in find_dates(text) if d.holiday]
    got = resolve(d, curated_date(published))
    return got.start, got.start_precision


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 春节 2024 was on 10 February
        ("春节期间，青禾区总工会开展“暖心年夜饭”活动。", "2024-01-25", ("2024-02", "month")),
        ("“五一”国际劳动节期间，公司工会开展岗位明星评选。", "2016-05-03", ("2016-05", "month")),
        ("元宵节期间，社区工会驿站举办猜灯谜活动。", "2023-02-08", ("2023-02", "month")),
    ],
)
def test_the_days_around_a_festival_are_its_month(text, published, expected):
    assert on(text, published) == expected


def test_the_festival_day_itself_is_still_its_day_the_days_around_it_its_month():
    assert on("五一当天，青禾区总工会举办职工长跑。", "2016-05-03") == ("2016-05-01", "day")
    assert on("五一期间，青禾区总工会举办职工长跑。", "2016-05-03") == ("2016-05", "month")
