"""Activities (s38 acts35): 交流赛, a match played to learn from each other (职工乒乓球
交流赛, 篮球交流赛), is a competition as 友谊赛 is; read by no trigger it was lost. An
exchange of views (进行了交流) stays none. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_table_tennis_exchange_match_in_a_town_hall():
    [match] = find_activities(
        ["1月16日，西岭镇总工会在镇文体中心举办职工乒乓球交流赛，四十余名职工参赛。"]
    )
    assert match.category == Category.competition
    assert match.name == "职工乒乓球交流赛"
    assert match.place == "镇文体中心"


def test_an_exchange_of_views_is_no_match():
    assert find_activities(["两家单位的工会负责人进行了交流。"]) == []
