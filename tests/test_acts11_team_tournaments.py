"""Activities, s32 (issue 11): a team tournament a union holds (职工乒乓球团体赛, 职工羽毛球
混合团体赛) is a competition; 团体赛 alone in a games' list of items is none. Sentences
written for these tests (invented unions, people and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_union_team_tournament_is_a_competition():
    (found,) = find_activities(
        ["1月9日，青禾股份工会第一届职工乒乓球团体赛在工业园活动中心顺利举办。"]
    )
    assert found.name == "青禾股份工会第一届职工乒乓球团体赛"
    assert found.category.value == "competition"
    assert found.place == "工业园活动中心"


def test_a_mixed_team_tournament_opening_is_a_competition():
    (found,) = find_activities(
        ["6月3日上午，由青禾区总工会主办的第三届“青禾杯”职工羽毛球混合团体赛正式拉开帷幕。"]
    )
    assert found.name.endswith("混合团体赛")


def test_team_events_in_a_games_list_of_items_are_no_activity():
    found = find_activities(
        ["10月2日，青禾区职工运动会开幕。本届运动会设男子单打、女子单打、混合双打和团体赛4个项目。"]
    )
    assert [d.name for d in found] == ["青禾区职工运动会"]
