"""Heads of printed pages read in session 13 (invented pages in real shapes): a short
title a page's headline index lists is its item's headline lower on the page."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

INDEX_WITH_A_SHORT_TITLE = (
    "某某工人报\n"
    "第02版：要闻\n"
    "2026年5月9日 星期六\n"
    "青禾市工会第九次代表大会闭幕\n"
    "新一届市总工会委员会产生\n"
    "职工说事\n"
    "青禾市工会第九次代表大会闭幕\n"
    "本报讯（记者 柏云舟）5月8日下午，青禾市工会第九次代表大会在市会堂闭幕。\n"
    "大会审议通过了市总工会第八届委员会工作报告。\n"
    "新一届市总工会委员会产生\n"
    "本报讯（记者 柏云舟）5月8日上午，大会选举产生市总工会第九届委员会委员三十五名。\n"
    "新当选的委员们表示，将把大会精神带回基层。\n"
    "职工说事\n"
    "会议间隙，记者请两位一线代表谈了谈自己的期待。\n"
    "我在纺纱车间干了十五年，最盼望的是车间里能有一间休息室。\n"
    "（本报记者 柏云舟 整理）\n"
)


def test_a_short_title_the_index_lists_heads_its_own_item_lower_on_the_page():
    placed = layout(split_blocks(INDEX_WITH_A_SHORT_TITLE)).placed
    heads = [(p.block.plain, p.article) for p in placed if p.role == "headline"]
    assert heads == [
        ("青禾市工会第九次代表大会闭幕", 0),
        ("新一届市总工会委员会产生", 1),
        ("职工说事", 2),
    ]
    assert [p.role for p in placed[:6]] == ["furniture"] * 6
