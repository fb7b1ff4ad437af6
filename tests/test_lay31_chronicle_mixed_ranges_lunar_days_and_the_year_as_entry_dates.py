"""A district yearbook prints its union's chronicle one entry a line, each date set off by
a wide blank, among them a range from a part of a month to a day (``1月中旬至1月30日``),
a lunar day with no Gregorian day before it (``农历腊月二十三``) and the year closing the
entries (``二〇二二年度``). Read on real_dev31: none was taken for an entry's date, so the
chronicle under its year's heading stayed one article headed by the year. Invented page
in that shape."""

from __future__ import annotations

from tests.conftest import layout_articles, layout_furniture

CHRONICLE = """青溪区年鉴（2020）
群众团体
区总工会大事记
2019年
1月7日  区总工会召开五届二次全委会议。
1月中旬至2月3日  区总工会开展送温暖活动，走访慰问困难职工310户。
农历腊月二十三  区总工会在石桥镇举办写春联活动。
5月上旬  区总工会举办职工篮球赛，12支队伍参赛。
二〇一九年度  区总工会新建职工之家8个。
"""


def test_each_entry_of_the_chronicle_is_an_article():
    articles = layout_articles(CHRONICLE)
    assert len(articles) == 5
    assert all(len(a) == 1 and a[0][0] == "body" for a in articles)


def test_the_years_heading_is_furniture():
    assert "2019年" in layout_furniture(CHRONICLE)


def test_a_lunar_month_and_day_inside_a_sentence_opens_no_entry():
    page = CHRONICLE.replace("农历腊月二十三  区总工会", "农历腊月二十三区总工会")
    assert len(layout_articles(page)) < 5
