"""The schools' summer holidays (暑期, 暑假) date what a union runs in them, a day-care
class or a camp for workers' children, to July and August of the year (real pages, s46:
city and county unions' 暑期托管班 open in early July); a plan keeps the months, and a day
the text gives wins. 寒暑假 names both holidays, no summer of its own. Invented
sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import find_dates, resolve
from gonghui_build.vocabulary import Status
from tests.conftest import printed


def spans(paragraph: str, published: str) -> list[tuple[str | None, str | None]]:
    article = printed(published)
    out = []
    for a in find_activities([paragraph]):
        when = resolve(a.date, article, ahead=a.status == Status.planned) if a.date else None
        out.append((when.start, when.end) if when else (None, None))
    return out


def test_a_class_planned_for_the_summer_holidays_is_dated_july_to_august():
    got = spans("禾丰市总工会今年将在暑期开设职工子女托管班二十个。", "2013-03-08")
    assert got == [("2013-07", "2013-08")]


def test_the_day_a_summer_class_opened_wins_over_the_holidays():
    got = spans("7月8日，青禾区总工会2024年暑期爱心托管班正式开班。", "2024-07-10")
    assert got == [("2024-07-08", None)]


def test_both_holidays_named_together_are_no_summer():
    assert find_dates("寒暑假期间，厂工会开设职工子女托管班。") == []


def test_the_summer_kind_of_a_listed_service_dates_nothing():
    found = find_dates("并发布十项服务清单，包括心理咨询、法律援助、职工子女暑期托管等。")
    assert found == []


def test_the_summer_holidays_stay_in_a_class_name():
    acts = find_activities(["7月8日，青禾区总工会2024年暑期爱心托管班正式开班。"])
    assert [a.name for a in acts] == ["青禾区总工会2024年暑期爱心托管班"]
