"""A league's yearbook prints its union's chronicle with an entry whose day carries the
lunar date in brackets before the comma (``2月1日（农历正月初一），…``). Read on real_dev18:
that entry was taken for no entry, so every paragraph under the title was not dated and
the whole chronicle stayed one article under its title. Invented page in that shape."""

from __future__ import annotations

from tests.conftest import layout_articles, layout_furniture

CHRONICLE = """青原年鉴·2022
工会
青原市总工会2021年大事记
1月下旬，市总工会走访慰问困难职工320户。
2月12日（农历正月初一），市总工会主席邬启航到车站慰问坚守岗位的职工。
3月8日，市总工会举办女职工读书会，200名女职工参加。
5月5日（星期三），市总工会召开十届三次全委会议。
"""


def test_each_entry_of_the_chronicle_is_an_article():
    articles = layout_articles(CHRONICLE)
    assert len(articles) == 4
    assert all(len(a) == 1 and a[0][0] == "body" for a in articles)


def test_the_chronicles_title_is_the_pages():
    assert "青原市总工会2021年大事记" in layout_furniture(CHRONICLE)


def test_a_bracket_that_is_no_date_note_makes_no_entry():
    page = CHRONICLE.replace("（农历正月初一）", "（市总工会供稿）")
    assert len(layout_articles(page)) == 1
