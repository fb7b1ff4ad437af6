"""Counts of teams written with 个 (issue 11), on pages written for these tests (invented
places, bodies and people): a contest's entrants counted as 个团队, 个职工代表队 or
个车间代表队 are teams, as 支 and 个代表队 are; teams counted among the winners are
still no count of those taking part."""

from __future__ import annotations

from gonghui_build.vocabulary import Unit
from tests.conftest import news_page, page_facts


def counts(body: str) -> list[tuple[int, Unit] | None]:
    return [
        (a.participants.count, a.participants.unit) if a.participants else None
        for a in page_facts(news_page(body)).articles[0].activities
    ]


def test_a_quiz_entered_by_seven_groups_counts_seven_teams():
    body = "7月2日，南州市总工会举办工会业务知识竞赛。参加本次竞赛共有七个团队，竞赛分为四轮。"
    assert counts(body) == [(7, Unit.teams)]


def test_a_workshop_team_count_is_a_count_of_teams():
    body = "5月9日，青川机械厂工会举办职工乒乓球赛，十六个车间代表队参赛。"
    assert counts(body) == [(16, Unit.teams)]


def test_fun_games_entered_by_staff_teams_count_the_teams():
    body = "9月6日，南州市举办职工趣味运动会，来自全市机关企事业单位的七十五个职工代表队参加比赛。"
    assert counts(body) == [(75, Unit.teams)]


def test_teams_that_won_are_no_count_of_entrants():
    body = "5月9日，青川机械厂工会举办职工拔河比赛，最终三个车间代表队分获一、二、三等奖。"
    assert counts(body) == [None]
