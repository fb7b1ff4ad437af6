"""A contest's own dates when its close is told 日前落下帷幕 and its start 自6月启动 (s39
acts40): from the month it opened to the month of publication, the recent word its end,
as ANNOTATION.md gives a range a start and an end; the build dated it by 日前 alone (the
month it opened was set on the date and lost). Real pages of s39 (national and city
skills contests closing after months of rounds). Near misses: a date told recently with
no month of opening stays the month of publication; a month opened after publication is
none of this.
Sentences written for this test (invented)."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import ArticleDate, find_dates, resolve


def _printed(iso: str) -> ArticleDate:
    year, month, day = (int(x) for x in iso.split("-"))
    return ArticleDate(iso, "day", "printed_date", iso, year, month, day)


def _dates(text: str, published: str) -> list[tuple[str | None, str | None]]:
    out = []
    for a in find_activities([text]):
        r = resolve(a.date, _printed(published))
        out.append((r.start, r.end))
    return out


def test_a_contest_closed_recently_runs_from_the_month_it_opened():
    text = (
        "由遂宁市总工会主办的2023年遂宁市职工职业技能大赛日前落下帷幕。"
        "大赛自6月启动，全市一千二百余名职工参赛。"
    )
    assert _dates(text, "2023-09-28")[0] == ("2023-06", "2023-09")


def test_a_contest_closed_recently_with_no_opening_is_the_month_of_publication():
    text = "由遂宁市总工会主办的2023年遂宁市职工职业技能大赛日前落下帷幕。"
    assert _dates(text, "2023-09-28")[0] == ("2023-09", None)


def test_a_recent_date_given_a_month_after_publication_keeps_publication():
    recent = replace(find_dates("日前")[0], month=11)
    r = resolve(recent, _printed("2023-09-28"))
    assert (r.start, r.end) == ("2023-09", None)
