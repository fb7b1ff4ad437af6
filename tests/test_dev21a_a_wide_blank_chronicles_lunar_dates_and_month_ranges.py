"""A county yearbook prints its union's chronicle one entry a line, each date set off by a
wide blank, among them a day with its lunar date in brackets (``2月11日（农历腊月二十三）
  …``) and a run of months (``6月—7月  …``). Read on real_dev22: neither was taken for an
entry's date, so the chronicle under its year's heading stayed one article headed by the
year. Invented page in that shape."""

from __future__ import annotations

from tests.conftest import layout_articles, layout_furniture

CHRONICLE = """青溪年鉴（2006）
群众团体
县总工会大事记
2005年
1月8日  县总工会召开九届二次全委会议。
2月3日（农历腊月二十五）  县总工会主席韦明达走访慰问困难职工40户。
4月上旬  县总工会举办基层工会干部培训班，60人参加。
6月—8月  县总工会在全县开展“夏送清凉”活动。
是年  县总工会新建职工书屋12个。
"""


def test_each_entry_of_the_chronicle_is_an_article():
    articles = layout_articles(CHRONICLE)
    assert len(articles) == 5
    assert all(len(a) == 1 and a[0][0] == "body" for a in articles)


def test_the_years_heading_is_furniture():
    assert "2005年" in layout_furniture(CHRONICLE)


def test_a_month_run_opening_a_sentence_is_no_entry_without_its_blank():
    page = CHRONICLE.replace("6月—8月  县总工会", "6月—8月县总工会")
    assert len(layout_articles(page)) < 5
