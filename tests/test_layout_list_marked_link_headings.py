"""A site's link lists under the text whose headings are printed as list items.

A city paper's site prints its boxes under an article as a Markdown-style list when the
page is copied as text: a box's heading (``热点图片``), its menu's links as items
(``- 头条新闻``, ``- 新闻推荐``), another heading (``最新专题``) and a teaser cut off
(``- 某某…切...``). The headings are read without their list mark, so the box is the
site's furniture, not the article's captions and text (session 31, layout9: three pages
of a city paper's site and a mirror of it). Invented text throughout.
"""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

ITEM_OVER_A_LINK_BOX = (
    "青川晚协新闻奖揭晓 本报三件作品获奖\n"
    "本报讯(记者 韩雪)年度青川晚协新闻奖日前揭晓，本报有三件新闻作品获奖。\n"
    "本报记者邓海鸥采写的《东岭发现野生兰花》获二等奖。\n"
    "热点图片\n"
    "- 头条新闻\n"
    "- 新闻推荐\n"
    "最新专题\n"
    "- 酷暑时节，下水游泳戏水的人增多，也到了溺水伤亡事件易发高发季节。近日，记者走访发现，切...\n"
)

LIST_MARKED_HEADING = (
    "东岭区总工会为快递员送清凉\n"
    "本报讯(记者 韩雪)7月3日，东岭区总工会为辖区两百名快递员送去防暑用品。\n"
    "区总工会副主席吕春晖参加活动。\n"
    "- 相关新闻\n"
    "- 青川市总工会启动夏送清凉活动\n"
)

ITEMS_OF_ITS_OWN_TEXT = (
    "东岭区总工会部署下半年工作\n"
    "本报讯(记者 韩雪)7月3日，东岭区总工会召开全委会，部署下半年三项重点工作：\n"
    "- 开展职工技能比武，覆盖全区重点企业。\n"
    "- 推进户外劳动者驿站建设，新建驿站二十个。\n"
)


def _roles(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.block.plain) for p in layout(split_blocks(text)).placed]


def test_a_sites_photo_box_and_its_menu_links_under_the_text_are_furniture():
    roles = _roles(ITEM_OVER_A_LINK_BOX)
    assert [role for role, _ in roles[3:]] == ["furniture"] * 5
    assert [role for role, _ in roles[:3]] == ["headline", "dateline", "body"]


def test_a_link_lists_heading_printed_as_a_list_item_ends_the_article():
    roles = _roles(LIST_MARKED_HEADING)
    assert [role for role, _ in roles[3:]] == ["furniture", "furniture"]


def test_a_list_of_the_articles_own_text_stays_its_body():
    roles = _roles(ITEMS_OF_ITS_OWN_TEXT)
    assert [role for role, _ in roles[2:]] == ["body", "body"]
