"""A self-media copy numbers its parts (``01`` / a head / text, ``02`` / …): a head
under the next number is the next part of the one article, even over text that opens
with a date. Invented text in the shape of a union's public-account post."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """\
河湾区第三届职工趣味运动会圆满落幕
河湾区总工会 2024年06月02日 09:30
6月1日，河湾区第三届职工趣味运动会在区体育中心举行，全区十支代表队四百余名职工参加。
01
赛场上的欢笑声
托球跑、跳大绳等项目吸引了众多职工参与，区医院代表队获得团体第一名。
02
赛场外的好服务
运动会期间，区总工会在场边设立职工服务站，为运动员提供饮水和急救服务。
03
线上健步走同样精彩
5月20日起，区总工会推出线上健步走活动，截至5月31日，参与职工达两千余人次。
来源：河湾区总工会
"""


def test_a_head_under_the_next_part_number_stays_in_the_article() -> None:
    page = layout(split_blocks(PAGE))
    assert len(page.articles) == 1
    roles = {p.block.plain: p.role for p in page.placed}
    assert roles["线上健步走同样精彩"] == "section_heading"
    assert roles["赛场外的好服务"] == "section_heading"


def test_a_lone_number_without_its_predecessor_keeps_a_new_news_item_apart() -> None:
    text = PAGE.replace("01\n", "").replace("02\n", "")
    page = layout(split_blocks(text))
    roles = {p.block.plain: p.role for p in page.placed}
    assert roles["线上健步走同样精彩"] == "headline"
    assert len(page.articles) == 2
