"""A date written with points between year, month and day (2023.5.12, 2023.05.12-05.14),
as union websites' activity posts print them, dates the activity told after it; a
number with a point (51.6万人) or a tenure's bounds of year and month (1949.11—1953.4)
is no date. Invented sentences in the shape of real county unions' posts."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import find_dates, resolve
from tests.conftest import printed


def spans(paragraph: str, published: str = "2023-06-02") -> list[tuple[str, str | None]]:
    out = []
    for a in find_activities([paragraph]):
        assert a.date is not None, a.name
        r = resolve(a.date, printed(published))
        out.append((r.start, r.end))
    return out


def test_a_day_written_with_points_dates_the_activity():
    got = spans("2023.5.12，青禾县总工会在县职工之家举办劳模工匠宣讲会。")
    assert got == [("2023-05-12", None)]


def test_a_range_written_with_points_gives_its_first_and_last_day():
    got = spans("2023.05.12-05.14，青禾县总工会举办基层工会主席培训班。")
    assert got == [("2023-05-12", "2023-05-14")]


def test_an_earlier_year_written_with_points_is_kept():
    assert spans("2022.11.3，青禾区总工会召开全委会议。") == [("2022-11-03", None)]


def test_numbers_and_month_bounds_with_points_are_no_dates():
    assert not find_dates("全县工会会员达51.6万人，增长2.5%。")
    assert not find_dates("王德顺 1949.11—1953.4 任县总工会主席。")
    assert not find_dates("经费2023.5万元。")
