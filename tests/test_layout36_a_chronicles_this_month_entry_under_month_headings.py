"""A chronicle under its title and month headings (``1月`` alone on its line) dates an
entry by the month it is printed under (``本月，…`` / ``本月  …``). Read in session 40
(layout36) on a city's chronicle put online by its gazetteer office and a union's yearly
chronicle: ``本月`` was no entry's date, so the whole chronicle stayed one article. Invented
pages in those shapes."""

from __future__ import annotations

from tests.conftest import layout_articles, layout_furniture


def _articles(text: str) -> list[list[tuple[str, str]]]:
    return [[(role, plain.strip()) for role, plain in a] for a in layout_articles(text)]


_furniture = layout_furniture


COMMA_CHRONICLE = """首页 > 工会概况 > 大事记
宁安市总工会2020年大事记
发布时间：2021-01-15 来源：宁安市总工会
1月
8日，市总工会召开十二届四次全委会议，部署2020年工会工作。
21日，市总工会领导分4组走访慰问困难职工和劳模52户。
2月
3日至10日，市总工会向一线防疫人员送去慰问品价值8万元。
同日，市总工会发出致全市职工的倡议书。
3月
本月，市总工会开展“送岗位进社区”活动，提供就业岗位600个。
"""

BLANK_CHRONICLE = """您当前的位置: 首页 > > 晋城大事记

晋城大事记（1992）

  1992年

    1月
  6日 市总工会在市工人文化宫召开全市工会工作会议，各县区工会主席等120余人参加。

   15日 阳城县总工会为全县38户特困职工送去面粉和棉衣。

    本月 市总工会女工部在全市纺织系统开展女职工劳动保护专项检查。

    2月
  10日 市总工会与市劳动局联合召开全市劳动竞赛表彰大会，表彰先进集体26个。
"""


def test_an_entry_dated_this_month_is_an_item_of_its_chronicle():
    articles = _articles(COMMA_CHRONICLE)
    assert len(articles) == 5
    assert articles[4] == [("body", "本月，市总工会开展“送岗位进社区”活动，提供就业岗位600个。")]


def test_the_month_headings_and_the_title_are_furniture():
    furniture = _furniture(COMMA_CHRONICLE)
    assert {"宁安市总工会2020年大事记", "1月", "2月", "3月"} <= set(furniture)


def test_this_month_set_off_by_a_blank_is_an_entry_too():
    articles = _articles(BLANK_CHRONICLE)
    assert len(articles) == 4
    assert articles[2] == [
        ("body", "本月 市总工会女工部在全市纺织系统开展女职工劳动保护专项检查。")
    ]


def test_a_report_whose_paragraph_opens_this_month_stays_one_text():
    """Near miss: no chronicle's title over it, so paragraphs opening with dates are an
    article's text."""
    text = """市总工会开展就业援助月活动
本报讯 为帮助困难职工就业，市总工会开展就业援助月活动。
3日，市总工会在人力资源市场举办专场招聘会，提供岗位800个。
本月，各区总工会将陆续举办招聘活动12场。
"""
    assert len(_articles(text)) == 1
