"""A contest's length told after it by 持续 (比赛持续两天), the usual wording of briefs, is
its duration as 为期 and 历时 are. Read on real_dev22: a city union's badminton
tournament 比赛持续两天 was given no duration. Near miss: 持续 before a verb (持续开展)
tells no length. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_contest_lasting_two_days_lasts_two_days():
    text = "10月11日，青禾市总工会在市体育馆举办职工羽毛球赛，300余名职工参赛，比赛持续两天。"
    assert find_activities([text])[0].duration_days == 2


def test_chixu_before_a_verb_tells_no_length():
    text = "10月11日，青禾市总工会在市体育馆举办职工羽毛球赛，300余名职工参赛，工会将持续开展赛事。"
    assert find_activities([text])[0].duration_days is None
