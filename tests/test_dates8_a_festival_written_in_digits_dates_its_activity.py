"""Festivals written with digits or a middle dot (“5·1”前夕, 5·1前夕, “3·8”节来临之际,
“五·一”期间), as county and district unions' posts print them, date what is told with
them as the festival's usual names do (五一前夕: April, 五一期间: May); a bare 5.1 (a
decimal too) and 5·12 (another day) are not read so. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import find_dates, resolve
from tests.conftest import printed


def starts(paragraph: str, published: str = "2023-05-06") -> list[str]:
    return [
        resolve(a.date, printed(published)).start
        for a in find_activities([paragraph])
        if a.date is not None
    ]


def test_labour_day_written_with_a_middle_dot_is_april_before_it():
    assert starts("5·1前夕，青禾市总工会举办劳模座谈会。") == ["2023-04"]
    assert starts("“5·1”前夕，青禾市总工会举办劳模座谈会。") == ["2023-04"]


def test_womens_day_in_digits_is_its_month():
    assert starts("在“3·8”节来临之际，青禾区总工会举办女职工健康讲座。") == ["2023-03"]


def test_the_days_of_labour_day_with_a_dot_are_may():
    assert starts("“五·一”期间，青禾区总工会组织开展职工健步走活动。") == ["2023-05"]


def test_a_decimal_and_another_day_are_no_festival():
    assert not [d for d in find_dates("全区经济增长5.1，就业稳定。") if d.holiday]
    assert not [d for d in find_dates("今年5·12前后，区总工会举办防灾演练。") if d.holiday]
