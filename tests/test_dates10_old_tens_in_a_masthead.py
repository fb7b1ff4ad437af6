"""A masthead in Chinese numerals may print a day's tens the old way (二〇二三年十二月廿三日
星期六, 一九九三年五月卅一日): the page's publication date as 二十三, 三十一 would be.
Invented furniture lines."""

from __future__ import annotations

from gonghui_build.layout.printed_dates import dates_in


def printed(line: str) -> list[tuple[str, str]]:
    return [(d.date, d.kind) for d in dates_in(line, 0, 0, None)]


def test_a_masthead_day_with_the_old_twenty_is_the_publication_date():
    assert printed("二〇二三年十二月廿三日 星期六") == [("2023-12-23", "publication_date")]


def test_a_masthead_day_with_the_old_thirty_is_the_publication_date():
    assert printed("一九九三年五月卅一日 星期一") == [("1993-05-31", "publication_date")]


def test_an_old_thirty_past_the_months_end_is_no_date():
    assert printed("一九九三年二月卅一日 星期一") == []
