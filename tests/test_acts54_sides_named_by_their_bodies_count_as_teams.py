"""Participants of activities (s43 acts54): a count in a body's unit whose phrase ends in
a team's head noun (全区12个镇街工会代表队同台竞技, 来自18家企业职工代表队参赛) counts the
sides, one from each body, as 十二支代表队 does: teams (ANNOTATION.md: participants_unit
teams). The unit words read 个镇街 and 家 alone and counted the contest in
organisations. Real pages of s43 (a district union's quiz news, a city's games reports
naming their sides by the towns and firms they come from). Near misses: the bodies
themselves taking part (12个镇街工会参加), the sides of the towns after 的, and people
counted after the bodies keep what they had. Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _counts(text: str) -> list[tuple[int, str] | None]:
    return [
        a.participants and (a.participants.count, a.participants.unit.value)
        for a in find_activities([text])
    ]


def test_sides_of_the_towns_unions_are_teams():
    text = "本报讯 5月20日，东岭区总工会举办女职工维权知识竞赛，全区12个镇街工会代表队同台竞技。"
    assert _counts(text) == [(12, "teams")]


def test_sides_of_the_firms_are_teams():
    text = "本报讯 5月20日，东岭区总工会举办职工篮球赛，来自18家企业职工代表队参赛。"
    assert _counts(text) == [(18, "teams")]


def test_the_towns_unions_taking_part_are_bodies():
    text = "本报讯 5月20日，东岭区总工会举办女职工维权知识竞赛，全区12个镇街工会参加。"
    assert _counts(text) == [(12, "organisations")]


def test_people_of_the_bodies_are_people():
    text = "本报讯 10月18日，青禾区总工会举办职工趣味运动会，全区30家单位的500余名职工参加拔河、跳绳等比赛。"
    assert _counts(text) == [(500, "people")]
