"""A chronicle whose entries print no year is dated by its year's heading (ANNOTATION.md,
the chronicle bullet): the heading is furniture, yet it is the page's date evidence."""

from __future__ import annotations

from gonghui_build.extract.dates.page import date_articles
from gonghui_build.extract.page import extract_page
from gonghui_build.layout.printed_dates import dates_in
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page

# Invented: a county yearbook's chronicle, one entry a line, its dates set off by a blank.
CHRONICLE = """青禾县工会志·2004
大 事 记
2003年
2月11日　　县总工会召开全县工会春节慰问工作会议，县总工会主席罗春明作部署。
4月29日　　全县庆祝“五一”劳动模范表彰大会在县会堂举行，六十名劳动模范受到表彰。
9月3日至5日　　县总工会举办基层工会主席培训班，八十名工会主席参加。
· 87 ·
"""


def test_a_line_printing_a_year_alone_is_a_year_heading():
    [heading] = dates_in("2003年", 10, 2, None)
    assert (heading.kind, heading.date, heading.precision) == ("year_heading", "2003", "year")
    assert (heading.start, heading.end) == (10, 15)


def test_a_year_within_a_line_is_no_year_heading():
    assert [d.kind for d in dates_in("2003年工作总结", 0, 0, None)] == []


def test_entries_printing_no_year_take_their_year_heading_as_same_page():
    texts = ["2月11日，县总工会召开会议。", "是年，全县新建基层工会十个。"]
    dated = date_articles(texts, printed=dates_in("2003年", 0, 0, None))
    assert [(d.date, d.basis, d.year) for d in dated] == [
        ("2003-02", "same_page", 2003),  # to the month the entry opens with
        ("2003", "same_page", 2003),  # 是年: the year alone
    ]
    assert all("2003年" in (d.evidence or "") for d in dated)


def test_under_two_year_headings_no_heading_dates_the_entries():
    texts = ["2月11日，县总工会召开会议。", "4月29日，表彰大会举行。"]
    printed = dates_in("2002年", 0, 0, None) + dates_in("2003年", 40, 1, None)
    assert [d.year for d in date_articles(texts, printed=printed)] == [None, None]


def test_a_chronicle_page_dates_its_entries_and_their_activities_by_its_year_heading():
    parsed = parse_page(page_from_bytes("c.txt", CHRONICLE.encode("utf-8")))
    assert "year_heading" in {d.kind for d in parsed.printed_dates}
    articles = extract_page(parsed).articles
    entries = [a for a in articles if a.activities]
    assert len(entries) == 3
    assert {(a.date.year, a.date.basis) for a in entries} == {(2003, "same_page")}
    starts = {(x.date.start, x.date.end) for a in entries for x in a.activities}
    assert ("2003-09-03", "2003-09-05") in starts
