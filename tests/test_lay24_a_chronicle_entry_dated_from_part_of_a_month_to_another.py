"""A county yearbook's chronicle dates an entry from a part of one month to a part of
another (``4月中旬至6月下旬  县总工会…``), set off by a wide blank as its other dates are.
Read on real_dev24: the date was cut off its line as a headline run in before a text, and
every entry after it fell into that one article. Invented page in that shape."""

from __future__ import annotations

from gonghui_build.layout.chronicle_titles import is_entry_date
from tests.conftest import layout_articles

CHRONICLE = """青溪年鉴（2012）
群众团体
县总工会大事记
2011年
1月上旬  县总工会开展“冬送温暖”活动，走访困难职工200户。
3月8日  县总工会女职工委员会召开座谈会，30名女职工参加。
4月中旬至6月下旬  县总工会联合县人社局举办全县职工车工技能竞赛，90名职工参赛。
5月  县总工会为10名县劳动模范颁发证书。
10月16日至18日  县总工会举办基层工会主席培训班，培训80人。
"""


def test_each_entry_is_an_article_of_its_own():
    articles = layout_articles(CHRONICLE)
    assert len(articles) == 5
    assert all(len(a) == 1 and a[0][0] == "body" for a in articles)


def test_a_date_alone_is_an_entrys_date_not_a_title():
    assert is_entry_date("4月中旬至6月下旬")
    assert is_entry_date("2月19日（农历正月十五）")
    assert not is_entry_date("4月中旬全县职工技能竞赛开赛")
