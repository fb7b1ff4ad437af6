"""A chronicle's entry opening with the day or month of the entry before it (同日，…,
次日，…, 是月，…) is of that entry's month under the page's year heading, not only of its
year. Invented entries."""

from __future__ import annotations

from gonghui_build.extract.dates.page import date_articles
from gonghui_build.layout.printed_dates import dates_in


def test_entries_told_from_the_entry_before_take_its_month():
    texts = [
        "1月6日，区总工会召开五届三次全委会议。",
        "同日，区总工会召开经审工作会议。",
        "2月17日，区总工会举办职工书法比赛。",
        "次日，区总工会召开女职工工作会议。",
        "是月，区总工会举办“春送岗位”招聘会三场。",
    ]
    dated = date_articles(texts, printed=dates_in("2022年", 0, 0, None))
    # 同日, 次日 are of the entry before's day, or the day after (s43 dates8: the day, not
    # only the month, test_dates8_a_chronicle_entry_of_the_next_day_is_dated_to_the_day)
    assert [d.date for d in dated] == ["2022-01", "2022-01-06", "2022-02", "2022-02-18", "2022-02"]


def test_an_entry_opening_with_no_date_is_still_the_years():
    texts = ["1月6日，区总工会召开全委会议。", "是年，全区新建基层工会十个。"]
    dated = date_articles(texts, printed=dates_in("2022年", 0, 0, None))
    assert [d.date for d in dated] == ["2022-01", "2022"]
