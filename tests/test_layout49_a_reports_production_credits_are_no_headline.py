"""A feature's production credits keyed by a slash (``策划/某某 执行/某某``) or a colon,
set over its headline or under its text, are page furniture: no kicker, no headline and no
author of the report (issue 8). A headline that only holds such a word stays one."""

from __future__ import annotations

from gonghui_build.layout.record_rows import is_production_credit_row
from tests.conftest import layout_articles, layout_furniture

CREDITS_OVER_THE_HEADLINE = (
    "策划／钟明远  执行／罗晓航 韩书宁\n"
    "奋斗者的足迹\n"
    "本报讯 今年以来，青松县各级工会组织职工开展劳动竞赛，涌现出一批技术能手。\n"
    "冯小舟是青松机械厂的一名焊工，他先后获得县技术能手等荣誉。\n"
)

CREDITS_BETWEEN_ITEMS = (
    "青松县总工会举办职工技能大赛\n"
    "本报讯 9月12日，青松县第五届职工职业技能大赛开幕，来自全县42家企业的300余名职工参赛。\n"
    "总策划/钟明远 统筹/柳青山 执行/罗晓航\n"
    "柳河区总工会慰问环卫工人\n"
    "本报讯 9月10日，柳河区总工会副主席韩书宁带队走访环卫所，为86名环卫工人送去防暑用品。\n"
)


def test_slashed_production_credits_over_a_headline_are_furniture():
    (article,) = layout_articles(CREDITS_OVER_THE_HEADLINE)
    assert article[0] == ("headline", "奋斗者的足迹")
    assert "策划／钟明远  执行／罗晓航 韩书宁" in layout_furniture(CREDITS_OVER_THE_HEADLINE)


def test_production_credits_between_items_are_no_kicker_of_the_next():
    first, second = layout_articles(CREDITS_BETWEEN_ITEMS)
    assert second[0] == ("headline", "柳河区总工会慰问环卫工人")
    assert all(role != "kicker" for role, _ in first + second)


def test_a_colon_after_a_longer_production_key_is_a_credit_row():
    assert is_production_credit_row("执行策划：钟明远 执行：罗晓航")
    assert is_production_credit_row("■统筹/柳青山")


def test_a_title_or_a_sentence_opening_with_a_production_word_is_no_credit_row():
    assert not is_production_credit_row("统筹推进职工服务阵地建设")
    assert not is_production_credit_row("策划：钟明远。")
    assert not is_production_credit_row("执行标准不降")


EDITORS_KEYED_BY_A_SLASH = (
    "青松县总工会举办职工技能大赛\n"
    "本报讯（记者 罗晓航）9月12日，青松县第五届职工职业技能大赛开幕，300余名职工参赛。\n"
    "县总工会主席钟明远在开幕式上致辞。\n"
    "责编/柳青山\n"
    "编辑/韩书宁 校对/冯小舟\n"
    "本期责编 柳青山\n"
)


def test_editors_credits_keyed_by_a_slash_under_the_text_are_furniture():
    (article,) = layout_articles(EDITORS_KEYED_BY_A_SLASH)
    assert all(role not in ("photo_caption", "section_heading") for role, _ in article)
    assert layout_furniture(EDITORS_KEYED_BY_A_SLASH)[-3:] == [
        "责编/柳青山",
        "编辑/韩书宁 校对/冯小舟",
        "本期责编 柳青山",
    ]
