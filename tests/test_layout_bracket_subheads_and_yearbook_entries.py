"""Bracketed sub-headings inside a signed article, and yearbook entries that stay entries;
pinned with invented pages of both shapes."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

FEATURE = """南坪区总工会：让职工驿站更暖心
本报记者 孔令溪
近年来，南坪区总工会把职工驿站建设作为服务职工的重要抓手。
【建好阵地】
全区建成职工驿站三十个，覆盖所有街道。
【用好阵地】
驿站每月开展一次健康讲座，累计服务职工两万人次。
"""

YEARBOOK = """南坪区总工会
【概况】2022年，南坪区有基层工会二百个，会员三万人。
【组织建设】
全年新建基层工会十八个，发展会员一千二百人。
【劳动竞赛】
组织劳动竞赛十二项，参赛职工六千人。
"""


def _page(text: str):
    return layout(split_blocks(text))


def test_a_bracket_alone_under_a_signed_articles_text_is_its_section_heading():
    page = _page(FEATURE)
    assert len(page.articles) == 1
    heads = [p.block.plain for p in page.placed if p.role == "section_heading"]
    assert heads == ["【建好阵地】", "【用好阵地】"]


def test_yearbook_entries_under_a_section_title_stay_articles_of_their_own():
    page = _page(YEARBOOK)
    assert len(page.articles) == 3


def test_a_bracket_after_an_article_closed_by_its_credit_opens_an_entry():
    closed = FEATURE.replace("重要抓手。\n", "重要抓手。（柏川）\n", 1)
    page = _page(closed)
    assert len(page.articles) == 3
