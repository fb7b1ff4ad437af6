"""Counts, act25: a contest printing its teams and the people in them (十支代表队的48名选手,
9支队伍、120余名职工) is counted by its people (ANNOTATION.md, stop 63 on); teams alone
(16支队伍参赛) still count teams. Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.vocabulary import Unit
from tests.conftest import news_page, page_facts


def _count(body: str) -> tuple[int, Unit] | None:
    activity = page_facts(news_page(body)).articles[0].activities[0]
    p = activity.participants
    return (p.count, p.unit) if p else None


def test_teams_of_players_joined_by_de_count_the_players() -> None:
    body = (
        "9月3日，青溪市职工焊工技能竞赛决赛在市实训基地举行，来自全市十支代表队的48名选手参加决赛。"
    )
    assert _count(body) == (48, Unit.people)


def test_teams_and_people_listed_count_the_people() -> None:
    body = "10月12日，青溪市总工会举办职工羽毛球赛，全市9支队伍、120余名职工参赛。"
    assert _count(body) == (120, Unit.people)


def test_players_told_without_a_verb_of_entering_are_counted() -> None:
    body = "7月6日，青溪州职工篮球联赛在州体育馆开赛，20支代表队的260名运动员将进行为期8天的比赛。"
    assert _count(body) == (260, Unit.people)


def test_teams_alone_count_teams() -> None:
    body = "青溪区总工会日前举办职工插花比赛，16支队伍参赛。"
    assert _count(body) == (16, Unit.teams)
