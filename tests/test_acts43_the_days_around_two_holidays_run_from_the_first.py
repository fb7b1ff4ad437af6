"""Dates (s40 acts43): the days around two holidays named together (元旦春节期间, 元旦、春节
期间, 中秋节、国庆节期间: the season of 送温暖 visits) run from the first holiday's month to
the second's, as the tuning gold dates them (real_dev4: 元旦春节期间 in 2016 → January to
February; real_dev7: in 2012, when 春节 fell on 23 January → January alone). It had been
the second holiday's month alone. Near misses: one holiday's days (春节期间) stay its month;
a holiday in another sentence (欢度元旦。春节期间) is not joined; 元旦前夕 is not the days
around it. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.dates import ArticleDate, find_dates, resolve


def _printed(iso: str) -> ArticleDate:
    year, month, day = (int(x) for x in iso.split("-"))
    return ArticleDate(iso, "day", "printed_date", iso, year, month, day)


def _dated(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.text, (r := resolve(d, _printed(published))).start, r.end) for d in find_dates(text)]


def test_new_year_and_spring_festival_days_run_from_january_to_the_festivals_month():
    got = _dated("元旦春节期间，石川区总工会走访慰问困难职工家庭。", "2016-02-20")
    assert got == [("元旦春节期间", "2016-01", "2016-02")]


def test_both_holidays_in_january_give_january_alone():
    got = _dated("元旦春节期间，石川区总工会走访慰问困难职工家庭。", "2012-02-01")
    assert got == [("元旦春节期间", "2012-01", None)]


def test_holidays_joined_by_a_comma_mark_are_one_period():
    assert _dated("元旦、春节期间，区总工会开展送温暖活动。", "2021-02-20") == [
        ("元旦、春节期间", "2021-01", "2021-02")
    ]
    assert _dated("中秋节、国庆节期间，公司工会开展慰问。", "2023-10-10") == [
        ("中秋节、国庆节期间", "2023-09", "2023-10")
    ]


def test_one_holidays_days_stay_its_month():
    assert _dated("春节期间，区总工会开展送温暖活动。", "2024-02-20") == [
        ("春节期间", "2024-02", None)
    ]


def test_a_holiday_in_another_sentence_is_not_joined():
    got = _dated("职工欢度元旦。春节期间，区总工会开展送温暖活动。", "2016-02-20")
    assert got[-1] == ("春节期间", "2016-02", None)
