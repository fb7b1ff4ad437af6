"""Advice stalls and job fairs held on a day, session 36 (acts24): 在县北广场开展安全生产宣
传咨询活动, 在某广场开展“金秋招聘月”现场招聘活动. Events of kind other, as 咨询日 and 招聘会
are (the tuning gold: “安全咨询日”, 专场法律咨询活动 and every fair kind other); read by their
活动 they were campaigns. A stall before a building's door (在市职工服务中心门前开展…) is
at the building. Shapes read on real pages of several sources (county and city safety
days in squares and at a service centre's door, law stalls in squares, a job fair in a
park's square); sentences written for these tests (invented bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _rows(text: str) -> list[tuple[Category, str | None]]:
    return [(d.category, d.place) for d in find_activities([text])]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "6月16日，青山县总工会在县北广场开展安全生产宣传咨询活动。", "县北广场", id="advice"
        ),
        pytest.param(
            "10月9日，江北区总工会在万达广场开展“金秋招聘月”现场招聘活动。", "万达广场", id="fair"
        ),
        pytest.param(
            "6月16日，随安市总工会在市职工服务中心门前开展安全宣传咨询日活动。",
            "市职工服务中心",
            id="before_the_door",
        ),
    ],
)
def test_a_days_stall_is_an_event_at_its_place(text, place):
    assert _rows(text) == [(Category.other, place)]


def test_a_law_drive_stays_a_campaign():
    text = "2月19日，忠安县总工会在北山广场开展“春风行动”普法宣传活动。"
    assert _rows(text) == [(Category.campaign, "北山广场")]


def test_a_name_holding_a_door_word_keeps_it():
    text = "3月10日，县总工会在盘龙街道职工服务站开设“家门口技能课堂”。"
    assert [d.name for d in find_activities([text])] == ["“家门口技能课堂”"]
