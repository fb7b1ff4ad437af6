"""Dates and places of activities, session 34 (issue 11, acts19). A programme launched
on a day counted from publication (近日, 昨天) keeps the end it is said to run to
(…活动，活动将持续到6月底). Shapes read on real pages (unions' campaigns and touring
shows announced with the day they end); sentences written for these tests (invented
bodies and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import ArticleDate, resolve


def printed(iso: str) -> ArticleDate:
    """An article whose page prints the day it was published."""
    year, month, day = (int(x) for x in iso.split("-"))
    return ArticleDate(iso, "day", "printed_date", iso, year, month, day)


def _dates(sentence: str, published: str) -> list[tuple[str | None, str | None]]:
    out = []
    for draft in find_activities([sentence]):
        r = resolve(draft.date, printed(published))
        out.append((r.start, r.end))
    return out


def test_a_campaign_launched_recently_keeps_the_end_it_runs_to():
    sentence = "桐溪区总工会近日启动2024年“送法进园区”服务活动，活动将持续到6月底。"
    assert _dates(sentence, "2024-04-12") == [("2024-04", "2024-06")]


def test_a_campaign_launched_yesterday_runs_into_next_year():
    sentence = "昨天，南岭市总工会启动“冬日暖心”关爱行动，行动将持续到明年2月底。"
    assert _dates(sentence, "2023-11-20") == [("2023-11-19", "2024-02")]


def test_a_campaign_launched_recently_with_no_end_has_none():
    sentence = "桐溪区总工会近日启动2024年“送法进园区”服务活动，为园区职工提供法律咨询。"
    assert _dates(sentence, "2024-04-12") == [("2024-04", None)]
