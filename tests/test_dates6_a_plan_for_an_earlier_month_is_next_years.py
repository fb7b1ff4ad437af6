"""A plan for a month before the one its article was printed in, with no year of its own,
is for next year's month (还将于3月举办 in a paper of October; 元旦春节期间还将开展… in
one of October: January to February of the next year); what was done keeps this year's.
Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import ArticleDate, find_dates, resolve


def printed(iso: str) -> ArticleDate:
    year, month, day = (int(x) for x in iso.split("-"))
    return ArticleDate(iso, "day", "printed_date", iso, year, month, day)


def span(text: str, published: str, ahead: bool) -> tuple:
    d = find_dates(text)[0]
    got = resolve(d, printed(published), ahead=ahead)
    return got.start, got.end


def test_a_plan_for_march_in_an_october_paper_is_next_march():
    assert span("市总工会将于3月举办职工技能竞赛。", "2023-10-08", True) == ("2024-03", None)


def test_a_plan_for_a_later_month_stays_in_this_year():
    assert span("市总工会将于12月举办职工技能竞赛。", "2023-10-08", True) == ("2023-12", None)


def test_what_was_done_in_march_stays_in_this_year():
    assert span("3月，市总工会举办职工技能竞赛。", "2023-10-08", False) == ("2023-03", None)


def test_a_plan_for_the_new_year_and_spring_festival_is_the_coming_ones():
    # 春节 2024 fell on 10 February
    got = span("元旦春节期间，市总工会还将开展“两节”送温暖活动。", "2023-10-08", True)
    assert got == ("2024-01", "2024-02")
