"""Contests cited as a record of those who won in them, session 34 (issue 11, acts20).
A profile or a description names a contest only as where someone won (他曾在…大赛中获得
第二名, 徒弟在各类技能竞赛中屡获佳绩, 收录了上届大赛中获奖的作品): no contest the
article reports. A contest reported as news with its winners (在刚刚结束的第五届…大赛
中，我区选手获得…) stays. Shapes read on real pages (profiles of model workers and
craftsmen, reports of a team at a national final) and in the tuning set real_dev9;
sentences written for these tests (invented people and bodies)."""

from __future__ import annotations

import pytest

from tests.test_acts_enumerated_events_and_quiz_contests import _names


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "车间主任韩立新曾在全省职工焊工技能大赛中获得第二名。", id="a_worker_once_won_in"
        ),
        pytest.param(
            "他带出的十几名徒弟在市级、省级各类技能竞赛中屡获佳绩。", id="every_kind_a_team_won_in"
        ),
        pytest.param("展厅里陈列着上届大赛中获奖的四十件根雕作品。", id="won_at_the_last_edition"),
    ],
)
def test_a_contest_cited_as_where_someone_won_is_no_activity(sentence):
    assert _names(sentence) == []


def test_a_contest_reported_with_its_winners_stays():
    sentence = "在刚刚结束的第六届全区职工厨艺大赛中，桐溪街道选手获得两个一等奖。"
    assert _names(sentence) == ["第六届全区职工厨艺大赛"]


def test_a_contest_held_with_a_record_word_elsewhere_stays():
    sentence = "5月12日，区总工会举办职工插花比赛，曾获市级奖项的选手担任评委。"
    assert _names(sentence) == ["职工插花比赛"]


def test_a_win_dated_last_year_in_a_named_contest_stays():
    """去年 before 在 dates the win (session 50, acts64): the contest is named, no edition
    word stands at its name."""
    sentence = "其中前台领班罗小禾去年在宣城市酒店服务技能比武中获得第三名。"
    assert _names(sentence) == ["宣城市酒店服务技能比武"]


def test_last_years_contest_as_an_edition_stays_out():
    sentence = "画册收录了去年大赛中获奖的六十件剪纸作品。"
    assert _names(sentence) == []
