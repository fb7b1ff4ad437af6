"""A union's post (its title over the account's header row, the day and time it was
posted) that sets a short head over each event's paragraph and signs once at its end is
one article, its heads section headings; a digest posted so, each item signed under its
text, keeps its items apart."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

TOP = "柳川区总工会“五一”系列活动精彩纷呈\n柳川工会\n2025年05月06日 18:20 四川\n"
LEAD = "4月28日至5月3日，柳川区总工会开展庆祝“五一”系列活动，共举办各类活动12场次。\n"


def _articles(text: str) -> tuple[int, dict[str, str]]:
    lay = layout(split_blocks(text))
    return len(lay.articles), {p.block.plain: p.role for p in lay.placed}


def test_a_signed_once_post_is_one_article():
    page = (
        TOP
        + LEAD
        + (
            "劳模宣讲走进装配车间\n"
            "4月29日上午，劳模宣讲团走进柳川机械厂装配车间，为一线职工讲述奋斗故事。\n"
            "义务维修送到家门口\n"
            "4月30日，区总工会组织技术骨干在社区开展义务维修，为居民修理家电四十余件。\n"
            "撰稿：柏云舟\n"
            "编辑：祁晓岚\n"
        )
    )
    count, roles = _articles(page)
    assert count == 1
    assert roles["劳模宣讲走进装配车间"] == "section_heading"


def test_a_digest_signing_each_item_keeps_its_items():
    page = (
        TOP
        + LEAD
        + (
            "劳模宣讲走进装配车间\n"
            "4月29日上午，劳模宣讲团走进柳川机械厂装配车间，为一线职工讲述奋斗故事。\n"
            "文字丨柏云舟\n"
            "义务维修送到家门口\n"
            "4月30日，区总工会组织技术骨干在社区开展义务维修，为居民修理家电四十余件。\n"
            "文字丨许映竹\n"
        )
    )
    count, roles = _articles(page)
    assert count >= 2
    assert roles["义务维修送到家门口"] == "headline"
