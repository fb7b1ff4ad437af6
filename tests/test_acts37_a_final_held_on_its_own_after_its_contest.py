"""Activities (s39 acts37): a contest's round named alone as the subject of its clause and
held there (10月26日至28日，决赛在某学院举行), after the contest was read, is an activity of
its own, a part of that contest; before, the bare round word was read as the contest told
again and the final, its day and its venue were lost. A round only entered (进入决赛) or
spoken in (决赛中，某某夺得第一名) is none; a contest told as running (10月以来…举办…比武)
was held when its final was. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status

CONTEST = "2023年全省电力行业职工技能大赛日前在临川市圆满结束，全省1200余名职工参加。"


def _named(drafts, name):
    return [d for d in drafts if d.name == name]


def test_a_final_held_at_a_venue_is_a_part_of_the_contest():
    drafts = find_activities([CONTEST, "10月26日至28日，决赛在省电力职业技术学院举行。"])
    [final] = _named(drafts, "决赛")
    assert final.category == Category.competition
    assert final.place == "省电力职业技术学院"
    assert drafts[final.parent].name == "2023年全省电力行业职工技能大赛"
    assert (final.date.month, final.date.day, final.date.end_day) == (10, 26, 28)


def test_a_final_held_on_a_day_with_yu_before_its_venue():
    drafts = find_activities(["市总工会举办职工象棋比赛。", "决赛于10月8日在市工人文化宫举行。"])
    [final] = _named(drafts, "决赛")
    assert final.place == "市工人文化宫" and final.parent == 0


def test_a_final_only_entered_is_no_activity():
    drafts = find_activities([CONTEST, "经过层层选拔，共有156名选手进入决赛。"])
    assert [d.name for d in drafts] == ["2023年全省电力行业职工技能大赛"]


def test_a_scene_of_the_final_is_no_activity():
    drafts = find_activities([CONTEST, "决赛中，某公司选手夺得变电检修第一名。"])
    assert [d.name for d in drafts] == ["2023年全省电力行业职工技能大赛"]


def test_a_final_with_no_contest_before_is_not_made_by_this_rule():
    drafts = find_activities(["10月26日，决赛在省电力职业技术学院举行。"])
    assert _named(drafts, "决赛") == []


def test_a_contest_told_as_running_was_held_when_its_final_was():
    drafts = find_activities(
        [
            "10月以来，龙华区总工会举办首届快递员职业技能比武，210名快递员报名参赛。"
            "11月12日，决赛在区职工服务中心落下帷幕。"
        ]
    )
    [contest] = _named(drafts, "首届快递员职业技能比武")
    assert contest.status == Status.held
    assert (contest.date.end_month, contest.date.end_day) == (11, 12)
