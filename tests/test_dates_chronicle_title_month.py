"""A union site's monthly chronicle (…二〇二三年一月大事记) is posted weeks or a year after
its month: its entries (9日，…) are of the title's month, not of the posting date's."""

from __future__ import annotations

from gonghui_build.extract.dates.page import date_articles
from gonghui_build.extract.page import extract_page
from gonghui_build.layout.printed_dates import dates_in
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page

# Invented: a city federation's monthly chronicle posted in the next year, one entry a
# paragraph, each opening with its day and a comma.
CHRONICLE = """当前位置：首页>工会动态>大事记

青禾市总工会二〇二一年三月大事记

发布时间：2022年02月14日

4日，市总工会召开全市工会宣传工作会议，市总工会副主席罗春明出席并讲话。

12日，市总工会在青禾会展中心举办春风行动专场招聘会，三十六家企业参加。

同日，市总工会女职工委员会举办“巾帼建功”主题座谈会。

25日，市总工会召开第三届职工运动会筹备会议。
"""


def _titled(line: str):
    return dates_in(line, 0, 0, None)


def test_a_chronicle_title_with_its_month_is_read_as_that_month():
    [title] = _titled("青禾市总工会二〇二一年三月大事记")
    assert (title.kind, title.date, title.precision) == ("chronicle_title", "2021-03", "month")
    [figures] = _titled("某县总工会2016年9月大事记")
    assert (figures.date, figures.precision) == ("2016-09", "month")


def test_a_chronicle_title_with_a_range_of_months_gives_its_year_only():
    [title] = _titled("某县总工会2015年11月至12月大事记")
    assert (title.kind, title.date, title.precision) == ("chronicle_title", "2015", "year")
    # a title naming a year and no month is no month's chronicle: printed as furniture
    # (its entries split, each an item) it is their year's heading; a year's review under
    # it stays one piece, the title its headline, so no furniture date is read from it.
    # A range into the next year names no one year.
    [year] = _titled("2021年工会工作大事记")
    assert (year.kind, year.date, year.precision) == ("year_heading", "2021", "year")
    assert _titled("某县总工会2015年12月至2016年1月大事记") == []
    assert _titled("2021年3月工作总结") == []


def test_a_chronicle_title_beats_the_posting_date_of_its_page():
    printed = _titled("发布时间：2022年02月14日") + _titled("青禾市总工会二〇二一年三月大事记")
    texts = ["4日，市总工会召开会议。", "同日，某工会据《关于2020年度评选结果的通报》获评。"]
    dated = date_articles(texts, printed=printed)
    assert [(d.date, d.precision, d.basis) for d in dated] == [
        ("2021-03", "month", "same_page")
    ] * 2
    # a printed paper's date is its printing, not a posting: it still dates the page
    printed = _titled("工人日报 2022年2月14日 星期一") + _titled("某县总工会2021年3月大事记")
    [dated] = date_articles(["4日，县总工会召开会议。"], printed=printed)
    assert (dated.date, dated.basis) == ("2022-02-14", "printed_date")


def test_a_monthly_chronicle_dates_its_entries_activities_in_its_month():
    parsed = parse_page(page_from_bytes("c.txt", CHRONICLE.encode("utf-8")))
    articles = extract_page(parsed).articles
    entries = [a for a in articles if a.activities]
    assert len(entries) >= 3
    assert {(a.date.date, a.date.basis) for a in articles} == {("2021-03", "same_page")}
    starts = {x.date.start for a in entries for x in a.activities}
    assert {"2021-03-04", "2021-03-12"} <= starts
    assert not any(s and s.startswith("2022") for s in starts)
