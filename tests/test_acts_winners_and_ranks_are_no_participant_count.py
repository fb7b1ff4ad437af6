"""Activities' participant counts on real pages' shapes, session 14 (issue 11): a count
that ranks (前三名) or counts the winners of a contest (28名选手分获…奖, 涌现出技术能手12
名) is no count of those who took part. One behaviour each, on sentences written for
these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Unit


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


def counts(*paragraphs: str) -> list[tuple[int, Unit] | None]:
    return [
        (a.participants.count, a.participants.unit) if a.participants else None
        for a in found(*paragraphs)
    ]


# --- counts ----------------------------------------------------------------------------


def test_the_winners_of_a_contest_are_not_its_entrants():
    out = counts("近日，青禾区第六届职工技能大赛落下帷幕，共有28名选手分获一、二、三等奖。")
    assert out == [None]
    # entrants some of whom won are still the count
    out = counts("柳湾县第二届职工运动会举行，共有120名职工参加比赛，其中15名选手获得一等奖。")
    assert out == [(120, Unit.people)]


def test_those_an_honour_list_names_are_not_entrants():
    out = counts("9月3日，岚山区机械工会举办的第四届“青松杯”职工技能大赛，累计涌现出技术能手12名。")
    assert out == [None]


def test_a_rank_is_no_count():
    out = counts("柳湾县第二届职工运动会闭幕，县总工会对取得各项比赛前三名的运动员给予奖励。")
    assert out and all(c is None for c in out)
    # a time word that ends in 前 opens no rank
    assert counts("柳湾县第二届职工运动会举行，目前300名职工参加了比赛。") == [(300, Unit.people)]


def test_those_who_reached_a_hiring_intent_are_not_who_came():
    out = counts(
        "1月30日，青禾市总工会在柳湾广场举办“工会送岗位”招聘会，58家企业提供789个岗位，"
        "现场达成用工意向203人。"
    )
    assert out == [(58, Unit.organisations)]
    out = counts("2月21日，柳湾市总工会举办春季招聘会，当天共有9100多人达成就业意向。")
    assert out == [None]
