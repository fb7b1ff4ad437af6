"""A county paper's briefs column: its name alone in 【】 (``【工会简讯】``), then numbered
items, an item's number glued to the date that opens it (``1.8月15日，…``), each closed by
its credit. Read in session 50 (layout53) on county papers' pages: ``1.8`` was read as a
decimal, so the first item was no item, and the bracketed name was read as a yearbook's
entry head with the first item its text. Invented page in that shape."""

from __future__ import annotations

from gonghui_build.layout.cues import item_marker
from tests.conftest import layout_articles, layout_furniture

BRIEFS = """松河通讯
2022年8月19日 星期五 第三版 综合
【工会简讯】
1.8月15日，松河市总工会在东坡农场举办安全生产知识竞赛，11支代表队参赛。
（闵素琴）
2.城南街道总工会日前组织60余名环卫工人进行免费健康体检。
（邬启航）
3.8月12日，市总工会副主席蔚明远带领律师志愿服务队走进建筑工地。
4.竹园镇总工会近日在镇文化站开设职工书屋。
■霍春兰
（下转第四版）
"""


def test_a_number_glued_to_the_date_after_it_opens_an_item():
    assert item_marker("1.8月15日，松河市总工会举办知识竞赛。") == "1."
    assert item_marker("3.12月2日，区总工会召开全委会。") == "3."


def test_a_decimal_opening_a_line_is_no_items_number():
    assert item_marker("2.5万名职工参加了健步走活动。") is None
    assert item_marker("1.8米高的展板摆在门口。") is None


def test_every_numbered_item_is_an_article():
    articles = layout_articles(BRIEFS)
    assert len(articles) == 4
    assert all(a[0][0] == "body" for a in articles)
    assert articles[0][0][1].startswith("1.8月15日")


def test_the_columns_bracketed_name_over_its_items_is_the_pages():
    assert "【工会简讯】" in layout_furniture(BRIEFS)


def test_a_yearbook_entry_head_alone_over_text_stays_its_entry():
    text = """松河年鉴（2023）
【概况】
2022年，松河区总工会有基层工会组织412个，会员3.6万人。
【职工之家建设】
4月12日，区总工会召开职工之家建设推进会。
"""
    heads = [a[0] for a in layout_articles(text)]
    assert ("headline", "【概况】") in heads
