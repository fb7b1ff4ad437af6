"""Activities (s39 acts37): an activity divided into its stages (活动分为读书分享、征文评选、
成果展示三个阶段) is one row; before, a stage whose words hold a trigger (评选) was read as a
competition of its own. Only a list between a dividing verb (分为, 分成) and a stages' noun
(阶段, 环节) in one clause: a contest held later in a sentence of its own stays one.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

LAUNCH = "4月23日，市总工会“书香工会·悦读人生”职工读书月活动在市图书馆启动。"


def test_stages_listed_after_fen_wei_are_no_activities():
    drafts = find_activities(
        [LAUNCH + "活动分为读书分享、征文评选、成果展示三个阶段，持续到5月底。"]
    )
    assert [d.name for d in drafts] == ["市总工会“书香工会·悦读人生”职工读书月活动"]


def test_steps_listed_after_fen_cheng_are_no_activities():
    drafts = find_activities([LAUNCH + "活动分成线上答题和现场知识竞赛两个环节。"])
    assert len(drafts) == 1


def test_a_contest_of_its_own_after_the_launch_is_still_read():
    drafts = find_activities([LAUNCH, "5月10日，市总工会在市工人文化宫举办职工读书征文比赛。"])
    assert any("征文比赛" in d.name for d in drafts)


def test_a_contest_in_the_clause_after_the_stages_is_still_read():
    drafts = find_activities(
        [LAUNCH + "活动分为三个阶段，5月10日在市工人文化宫举办职工读书征文比赛。"]
    )
    assert any("征文比赛" in d.name for d in drafts)
