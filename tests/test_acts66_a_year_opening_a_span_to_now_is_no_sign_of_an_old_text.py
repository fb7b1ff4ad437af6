"""A site's posting date is the text's own even when the text names only an older year as
the start of a span reaching the time of writing (``自2008年…升格以来``, ``2010年建成至今``):
that year says the text is of it or of any later one, not that the site posted an old text.
A year the text reports as a fact still makes a posting two years on a repost. Invented
pages."""

from __future__ import annotations

from gonghui_build.extract.dates.page import named_years
from tests.conftest import page_facts

SINCE = """桐江职业学院召开第三届教职工代表大会
发布者：校工会  发布时间：2023-11-20
11月17日，桐江职业学院第三届教职工代表大会在学术报告厅召开，142名代表参加会议。
校党委书记钟明远在讲话中回顾了学校自2008年由桐江卫校升格以来的发展历程。
"""

OLD = """桐江职业学院召开第三届教职工代表大会
发布者：校工会  发布时间：2023-11-20
2008年11月17日，桐江职业学院第三届教职工代表大会在学术报告厅召开，142名代表参加会议。
"""


def test_a_year_opening_a_span_to_now_is_not_among_the_years_a_text_names():
    assert named_years("学校自2008年由某校升格以来的发展历程") == []
    assert named_years("该馆2010年建成至今已接待职工十万人次") == []
    assert named_years("2008年，学校由某校升格") == [2008]


def test_a_posting_over_a_text_naming_only_a_span_to_now_dates_it():
    [article] = page_facts(SINCE).articles
    assert article.date.year == 2023
    [congress] = article.activities
    assert congress.date.start == "2023-11-17"


def test_a_posting_years_after_the_year_a_text_reports_is_still_a_repost():
    [article] = page_facts(OLD).articles
    assert article.date.year == 2008
