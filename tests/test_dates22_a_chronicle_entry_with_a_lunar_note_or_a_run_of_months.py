"""A county yearbook's chronicle, one entry a line, sets each date off by a wide blank,
and some entries carry the lunar date in brackets after the day (``2月9日（农历腊月二十
二）  …``) or open with a run of months (``6月—7月  …``). Read on real_dev22: those
entries were taken for no entry, and the chronicle, its entries and the paragraphs among
them, stayed one article under its year. Invented page in that shape."""

from __future__ import annotations

from tests.conftest import layout_articles

CHRONICLE = """青原年鉴（2001）
群众团体
县总工会大事记
2000年
1月12日  县总工会召开九届四次全委会议。
2月9日（农历腊月二十二）  县总工会走访慰问困难职工150户。
3月中旬  县总工会举办基层工会干部培训班，学员60人。
6月—7月  县总工会在全县开展安全知识竞赛，20家企业参加。
是年  县总工会资助困难职工子女40名。
·88·
"""


def test_each_entry_of_the_chronicle_is_an_article():
    articles = layout_articles(CHRONICLE)
    assert len(articles) == 5
    assert all(len(a) == 1 and a[0][0] == "body" for a in articles)


def test_a_bracket_that_is_no_date_note_makes_no_entry():
    page = CHRONICLE.replace("（农历腊月二十二）", "（县总工会供稿）")
    assert len(layout_articles(page)) == 1
