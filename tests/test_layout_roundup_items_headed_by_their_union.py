"""A roundup's item headed by the name of the union it reports on alone (``某某镇总工会``)
over a news lead naming that union's place starts an article of its own, as a digest's
briefs headed so do; under a signed feature, or over text about someone else, or under a
heading that names no body, the line stays a section heading of the article it is in.
Invented text in the shape of union sites' and accounts' roundups."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

LEAD = """\
暑期送清凉 娘家人在行动
入伏以来，全市各级工会纷纷行动，把防暑物品送到户外劳动者身边。
"""
ITEMS = """\
柳塘镇总工会
7月15日，柳塘镇总工会主席罗晓帆带队走进镇区两处建筑工地，为工人送去绿豆汤。
慰问组还查看了工地休息室的降温设施。
石坝街道总工会
近日，石坝街道总工会在辖区工会驿站开设“清凉补给点”，为环卫工人提供凉茶。
"""


def _roles(text: str) -> tuple[dict[str, str], int]:
    page = layout(split_blocks(text))
    return {p.block.plain: p.role for p in page.placed}, len(page.articles)


def test_a_union_named_alone_over_its_news_heads_an_article_of_its_own() -> None:
    roles, articles = _roles(LEAD + ITEMS)
    assert roles["柳塘镇总工会"] == "headline"
    assert roles["石坝街道总工会"] == "headline"
    assert articles == 3


def test_union_names_under_a_signed_feature_stay_its_section_headings() -> None:
    signed = LEAD.replace("\n", "\n本报记者 钱雅文\n", 1)
    roles, articles = _roles(signed + ITEMS)
    assert roles["石坝街道总工会"] == "section_heading"
    assert articles == 1


def test_a_union_name_over_text_not_naming_its_place_stays_a_section_heading() -> None:
    other = ITEMS.replace("近日，石坝街道总工会", "近日，辖区工会驿站由区总工会")
    roles, _ = _roles(LEAD + other)
    assert roles["石坝街道总工会"] == "section_heading"


def test_a_short_heading_naming_no_body_stays_a_section_heading() -> None:
    plain = ITEMS.replace("石坝街道总工会\n", "清凉补给点\n")
    roles, _ = _roles(LEAD + plain)
    assert roles["清凉补给点"] == "section_heading"
