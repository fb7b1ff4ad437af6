"""A contest told by its final, session 35 (acts21). An article on a final (…职业技能竞赛决赛
在某学院落下帷幕) that then speaks of the whole contest (本次竞赛自8月启动，分初赛、复赛、决赛
三个阶段进行) reports two activities: the contest, named as the final without its round,
held from its own start to the final's day, and the final, a part of it (real_dev4's gold
has it so). The rounds listed (分初赛、复赛、决赛, 经过预赛、半决赛和决赛) are the contest's
format, no activity. A mention of the round itself (这场决赛) is the final again. Shapes read
on real pages (a province's skills final after heats, a city's contest over rounds, a
company's card games in 半决赛、决赛, a company's 技能比武 with 初赛和复赛); sentences
written for these tests (invented bodies and people)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status

FINAL = "10月14日，2023年江城市快递员职业技能竞赛决赛在市职业技术学院落下帷幕。36名选手参加决赛。"


def test_the_rounds_listed_are_no_activity():
    found = find_activities(["本次竞赛分初赛、复赛、决赛三个阶段进行，1300余名快递员报名参赛。"])
    assert all("初赛" not in d.name for d in found)


def test_the_whole_contest_after_its_final_is_an_activity_of_its_own():
    found = find_activities(
        [FINAL, "本次竞赛自8月启动，分初赛、复赛、决赛三个阶段进行，全市1300余名快递员报名参赛。"]
    )
    names = [d.name for d in found]
    assert names == ["2023年江城市快递员职业技能竞赛决赛", "2023年江城市快递员职业技能竞赛"]
    final, whole = found
    assert final.parent == 1 and whole.parent is None
    assert whole.status == Status.held
    assert (whole.date.month, whole.date.end_month, whole.date.end_day) == (8, 10, 14)
    assert whole.participants is not None and whole.participants.count == 1300


def test_the_final_named_again_is_the_final():
    found = find_activities([FINAL, "这场决赛分理论考试和实际操作两部分。"])
    assert [d.name for d in found] == ["2023年江城市快递员职业技能竞赛决赛"]


def test_a_contest_named_again_after_a_contest_is_the_same():
    found = find_activities(
        [
            "10月14日，2023年江城市快递员职业技能竞赛在市职业技术学院举行。",
            "本次竞赛共有36名选手参赛。",
        ]
    )
    assert [d.name for d in found] == ["2023年江城市快递员职业技能竞赛"]


def test_a_contest_ends_on_the_last_day_of_its_final():
    found = find_activities(
        [
            "11月15日至17日，2024年桐溪省“技能桐溪”职工职业技能大赛总决赛在某职业技术学院举行。",
            "本届大赛由省总工会主办。大赛于今年5月启动，初赛阶段全省共有4.6万名职工参赛。",
        ]
    )
    whole = next(d for d in found if d.name == "2024年桐溪省“技能桐溪”职工职业技能大赛")
    assert (whole.date.month, whole.date.end_month, whole.date.end_day) == (5, 11, 17)


def test_a_final_planned_gives_its_contest_no_end():
    found = find_activities(
        [
            "2024年桐溪省职工职业技能大赛于5月启动。",
            "大赛总决赛将于11月17日在某职业技术学院举行。",
        ]
    )
    whole = next(d for d in found if d.name == "2024年桐溪省职工职业技能大赛")
    assert whole.date.end_month is None
