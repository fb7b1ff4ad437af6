"""Activities' places and counts, session 30 (issue 11): a sports ground is a venue
(在某校操场举行…运动会); a qualified number right before 职工 is a count (千余职工参加);
work crews (个班组) and pairs of players (对选手) are the teams a contest counts. One
behaviour each, on sentences written for these tests (invented names, units and
places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Qualifier, Unit
from tests.conftest import place_of_mention as _place


def counts(*paragraphs: str) -> list[tuple[int, Unit, Qualifier] | None]:
    return [
        (
            (int(a.participants.count), a.participants.unit, a.participants.qualifier)
            if a.participants
            else None
        )
        for a in find_activities(list(paragraphs))
    ]


def test_a_schools_sports_ground_is_where_the_sports_meeting_was_held():
    sentence = "10月18日下午，青禾中学工会在青禾中学操场举行教职工趣味运动会。"
    assert _place(sentence, "教职工趣味运动会") == "青禾中学操场"


def test_a_running_track_and_a_sports_field_are_venues():
    sentence = "4月20日，柳湾区总工会在柳湾实验小学田径场举办职工拔河比赛。"
    assert _place(sentence, "职工拔河比赛") == "柳湾实验小学田径场"
    sentence = "9月3日，明川学院工会在明川学院东区运动场举办教职工气排球赛。"
    assert _place(sentence, "教职工气排球赛") == "明川学院东区运动场"


def test_a_qualified_number_right_before_workers_is_the_count():
    out = counts("5月9日，青禾区总工会举办春季职工健步走活动，全区近1500职工参加。")
    assert out == [(1500, Unit.people, Qualifier.about)]
    out = counts("7月2日，柳湾镇总工会开展夏季送清凉活动，千余职工领到防暑用品。")
    assert out == [(1000, Unit.people, Qualifier.more_than)]


def test_a_bare_number_before_workers_is_no_count():
    # the near miss: a hotline's number before 职工 counts nobody
    out = counts("3月1日，青禾区总工会开展女职工维权月活动，开通12351职工服务热线。")
    assert all(c is None for c in out)


def test_work_crews_entering_a_labour_contest_are_counted_as_teams():
    out = counts("2023年4月至10月，溪口热力公司开展“安全供热百日劳动竞赛”，全公司18个班组参赛。")
    assert out == [(18, Unit.teams, Qualifier.exact)]


def test_crews_that_won_a_title_are_no_count_of_the_contest():
    # the near miss: 班组 honoured (获得…称号) are winners, not those who took part
    out = counts(
        "今年以来，青禾热力公司开展“安全生产百日竞赛”，已有12个班组获得“月度红旗班组”称号。"
    )
    assert out == [None]


def test_pairs_of_players_in_a_card_game_contest_are_counted_as_teams():
    out = counts("4月27日，柳湾公司工会在第一会议室举办职工掼蛋比赛，18对选手参与角逐。")
    assert out == [(18, Unit.teams, Qualifier.exact)]
