"""A short title (``爱心驿站揭牌``, under a headline's usual length) over a lead dated
only as recent (``近日，市总工会在城南…爱心驿站揭牌…``) whose first sentence prints the
title's words again, right after an item opened by its dateline (``本报讯 3月4日，…``):
the next brief of the page, as a short title over a lead opening with the day's date is
(layout41) — a brief's title sums its lead. So is a date after a clause of purpose
(``为提高…，3月8日，…``), and a further short title under that brief (a page of briefs
under short titles). A short heading whose words the lead does not print (``培训安排`` /
``近日，各区县工会将陆续开班…``) stays a section of the item above, and a feature with no
dateline keeps its sections however they open.
Invented pages in the shape of city workers' papers' e-paper pages of briefs read in
session 42."""

from __future__ import annotations

import pytest

from tests.conftest import layout_heads

FIRST = (
    "市总工会启动职工技能提升行动\n\n"
    "本报讯 3月4日，市总工会启动2024年职工技能提升行动，计划培训职工两万人次。\n\n"
)


def _headlines(text: str) -> list[list[str]]:
    return [[t for role, t in heads if role == "headline"] for heads in layout_heads(text)]


@pytest.mark.parametrize("when", ["近日", "日前", "近期", "连日来", "为方便户外劳动者，3月5日"])
def test_a_short_title_over_a_recent_lead_that_restates_it_heads_the_next_brief(when):
    page = (
        FIRST
        + f"爱心驿站揭牌\n\n{when}，市总工会在城南新建的户外劳动者爱心驿站揭牌，"
        + "可为快递员、环卫工人提供热水、休息等服务。\n"
    )
    assert _headlines(page) == [["市总工会启动职工技能提升行动"], ["爱心驿站揭牌"]]


def test_a_short_heading_its_recent_lead_does_not_restate_stays_a_section():
    page = FIRST + "培训安排\n\n近日，各区县工会将陆续开班，培训内容涵盖电工、焊工等工种。\n"
    assert _headlines(page) == [["市总工会启动职工技能提升行动"]]


def test_a_restated_title_under_an_item_with_no_dateline_is_as_before():
    page = (
        "市总工会启动职工技能提升行动\n\n市总工会启动2024年职工技能提升行动，计划培训两万人次。\n\n"
        "爱心驿站揭牌\n\n近日，市总工会在城南新建的户外劳动者爱心驿站揭牌。\n"
    )
    assert _headlines(page) == [["市总工会启动职工技能提升行动"]]


def test_briefs_under_short_titles_one_after_another_each_head_their_own():
    page = (
        FIRST
        + "爱心驿站揭牌\n\n近日，市总工会在城南新建的户外劳动者爱心驿站揭牌。\n\n"
        + "职工书屋上新\n\n日前，区总工会为20家职工书屋配送新书3000册。\n"
    )
    assert _headlines(page) == [
        ["市总工会启动职工技能提升行动"],
        ["爱心驿站揭牌"],
        ["职工书屋上新"],
    ]


def test_a_features_sections_with_dated_leads_stay_its_sections():
    page = (
        "市总工会开展学雷锋系列活动\n\n"
        "3月以来，市总工会开展学雷锋系列活动，组织劳模、志愿者走进校园社区。\n\n"
        "劳模进校园\n\n连日来，市总工会组织20余名劳模走进中小学校，为学生讲述奋斗故事。\n\n"
        "志愿服务进社区\n\n近日，职工志愿者走进社区，开展义诊、义剪等志愿服务。\n"
    )
    assert _headlines(page) == [["市总工会开展学雷锋系列活动"]]
