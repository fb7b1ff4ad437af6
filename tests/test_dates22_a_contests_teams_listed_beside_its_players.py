"""A contest's teams listed beside its players by a list mark (24支代表队、480余名职工参赛)
count the contest by its players; teams whose players are told as theirs (十二支代表队的
九十六名选手, 十二支代表队共186名选手) still count it by the teams. Read on real_dev21 and
real_dev22 (every tuning set printing the listed form counts the people; the form with
的 or 共 counts the teams in real_dev, real_dev2 and real_dev5). Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Unit


def _count(counts: str) -> tuple[int, Unit]:
    text = f"8月1日，青禾市总工会主办的职工篮球赛在市体育馆举行，{counts}参赛。"
    p = find_activities([text])[0].participants
    return p.count, p.unit


def test_teams_listed_beside_players_count_the_players():
    assert _count("24支代表队、480余名职工") == (480, Unit.people)


def test_teams_whose_players_are_theirs_count_the_teams():
    assert _count("12支代表队的96名选手") == (12, Unit.teams)
    assert _count("12支代表队共96名选手") == (12, Unit.teams)
