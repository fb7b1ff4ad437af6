"""全年 (the whole year) dates what a yearbook entry or a summary totals over the year
(全年举办女职工维权知识讲座18场) by the year alone, not by the day of the event told just
before it (3月8日，…召开表彰会). Invented entries."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import ArticleDate, resolve

YEARBOOK_2012 = ArticleDate("2012", "year", "explicit_date", "2012年", 2012, None, None)


def starts(paragraph: str) -> dict[str, str | None]:
    return {
        a.name: resolve(a.date, YEARBOOK_2012).start if a.date else None
        for a in find_activities([paragraph])
    }


def test_what_was_done_over_the_whole_year_is_dated_by_the_year():
    got = starts(
        "3月8日，青禾市总工会女职工委员会召开全市女职工工作会议。"
        "全年举办女职工维权知识讲座十八场，受教育女职工三千余人次。"
    )
    assert got["全市女职工工作会议"] == "2012-03-08"
    assert got["女职工维权知识讲座"] == "2012"
