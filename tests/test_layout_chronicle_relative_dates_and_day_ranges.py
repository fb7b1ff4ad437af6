"""Chronicles whose entries are dated by the year or a season (``本年，…``, ``春  …``),
or by days of one month printed with the month once (``5月28-29日  …``). Read in session 33 (layout17) on a union's
chronicle of the 1950s and two county chronicles put online: one such entry left the
whole chronicle one article, or left its line joined to the entry before. Invented pages
in those shapes."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout


def _articles(text: str) -> list[list[tuple[str, str]]]:
    page = layout(split_blocks(text))
    return [
        [(p.role, p.block.plain.strip()) for p in page.placed if p.article == a.index]
        for a in page.articles
    ]


UNION_CHRONICLE = """当前位置: 首页 >大事记
1960-1964年大事记
1960年
    3月，东岭农垦局工会随农垦局改名，更名为东岭农垦局工会委员会。
    5月12日，东岭县工会联合会制定了基层工会财产管理暂行办法。
    本年，东岭县工会联合会成立职工业余剧团，下设话剧、评剧两个组。
    9月，东岭县工会第三次代表大会召开，出席会议的会员代表64名。
1961年
    7月21日，东岭农垦局工会召开第一次代表大会，24日闭幕。
"""

COUNTY_CHRONICLE = """当前位置: 首页 » 地方文化 » 正文
松溪县大事记（一）——基本完成社会主义改造时期
【发布日期】：2015-06-10  【来源】：松溪政府网
1957年
1月  全县开展整顿初级社活动，宣传合作社政策。
2月24日  县总工会召开第一次职工代表会议，代表72名出席。
春  全县兴修水利塘坝410处。
3月  县委组织干部调运粮食支援重灾区。
6月27-28日  县委召开县委委员扩大会议。
"""


def test_an_entry_dated_this_year_is_an_item_of_its_chronicle():
    articles = _articles(UNION_CHRONICLE)
    assert len(articles) == 5
    assert articles[2] == [
        ("body", "本年，东岭县工会联合会成立职工业余剧团，下设话剧、评剧两个组。")
    ]


def test_the_chronicles_title_and_its_years_are_furniture():
    placed = layout(split_blocks(UNION_CHRONICLE)).placed
    roles = {p.block.plain.strip(): p.role for p in placed}
    assert roles["1960-1964年大事记"] == "furniture"
    assert roles["1960年"] == roles["1961年"] == "furniture"


def test_a_season_and_days_of_one_month_open_entries():
    articles = _articles(COUNTY_CHRONICLE)
    assert len(articles) == 5
    assert [a[0][1][:2] for a in articles] == ["1月", "2月", "春 ", "3月", "6月"]


def test_a_report_under_its_headline_whose_paragraphs_open_so_stays_one_article():
    page = """东岭县总工会举办职工春季运动会
本报讯 4月18日，东岭县总工会举办职工春季运动会，全县32支代表队参赛。
本年，县总工会将举办各类职工文体活动20场。
春，县总工会还将组织劳模疗休养。
"""
    assert len(_articles(page)) == 1


def test_a_chronicle_page_with_a_paragraph_opening_with_a_part_of_a_month_stays_one():
    page = """青禾县总工会2019年大事记
3月8日，县总工会召开庆祝“三八”国际劳动妇女节座谈会。
5月1日，县总工会举行庆祝“五一”国际劳动节大会。
中旬，县总工会还组织劳模参观了县新建的职工服务中心，听取了中心的情况介绍。
9月10日，县总工会慰问全县教职工。
"""
    assert len(_articles(page)) == 1
