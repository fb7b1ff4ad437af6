"""A short title (``爱心驿站揭牌``, under a headline's usual length) over a lead dated
only as recent (``近日，市总工会在城南…爱心驿站揭牌…``) whose first sentence prints the
title's words again, right after an item opened by its dateline (``本报讯 3月4日，…``):
the next brief of the page, as a short title over a lead opening with the day's date is
(layout41) — a brief's title sums its lead. A short heading whose words the lead does not
print (``培训安排`` / ``近日，各区县工会将陆续开班…``) stays a section of the item above.
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


@pytest.mark.parametrize("when", ["近日", "日前", "近期"])
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
