"""Activities (s38): a campaign spreading the law told without 活动 (普法宣传, 法治宣传),
held on the day its sentence opens with (5月12日上午，某市总工会机关干部…开展了新一轮普法
宣传; 6月3日，某县总工会在广场开展普法宣传) is one campaign, and the next sentence's
``这次普法宣传`` is that campaign told again. Undated it is the union's standing work
(大力开展普法宣传, 要加强普法宣传), a plan's call (各基层工会开展普法宣传) or a form of
work (通过普法宣传等形式): no activity. Real pages of county and district unions'
law days in Liaoning, Shaanxi, Hunan and Shandong are told so. Sentences written for
these tests (invented)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_a_law_day_on_a_busy_street_told_again_next():
    [law] = find_activities(
        [
            "5月12日上午，青禾市总工会机关干部走上市区繁华路段开展了新一轮普法宣传。",
            "这次普法宣传共发放宣传单1200多份，现场解答咨询50多人次。",
        ]
    )
    assert law.category == Category.campaign
    assert law.status == Status.held
    assert law.name.endswith("普法宣传")


def test_a_law_day_in_a_square_keeps_its_place():
    [law] = find_activities(["6月3日，青禾县总工会在县城广场开展普法宣传，发放资料800余份。"])
    assert (law.category, law.place) == (Category.campaign, "县城广场")


def test_a_quoted_law_campaign_needs_no_day():
    [law] = find_activities(["青禾市总工会开展“尊法守法”普法宣传。"])
    assert law.name == "“尊法守法”普法宣传"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("大力开展普法宣传，营造良好氛围。", id="standing_work"),
        pytest.param("要加强普法宣传，提高职工法律意识。", id="a_call"),
        pytest.param("9月7日，区总工会要求各基层工会开展普法宣传。", id="asked_of_others"),
        pytest.param("下一步，区总工会将在全区开展普法宣传进企业。", id="undated_plan"),
        pytest.param("工会法治宣传教育不断深化。", id="education_work"),
    ],
)
def test_no_campaign(text):
    assert find_activities([text]) == []


def test_the_campaign_with_its_activity_word_is_unchanged():
    [law] = find_activities(["12月4日，柳岸区总工会在人民广场开展宪法宣传活动。"])
    assert (law.name, law.category, law.place) == ("宪法宣传活动", Category.campaign, "人民广场")
