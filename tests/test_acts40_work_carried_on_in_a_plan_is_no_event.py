"""Work a union says it will carry on (s39 acts40): 将持续开展彝绣技能培训 and 将继续开展
职工心理关爱 after a closing speech are the union's work going on, as its closing line
promises, not an activity; the courses counted next (再办两期培训班) are the plans, as
the tuning gold of real_dev2 writes a prefecture's embroidery course (an extra there).
Near misses: a programme with a name of its own carried on (继续开展“安康杯”竞赛, kept
in real_dev5's gold), a contest a union goes on holding in the past (持续开展, no plan),
and the rounds planned after the promise stay.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _rows(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.status.value) for a in find_activities([text])]


def test_training_the_union_will_carry_on_is_no_activity():
    text = "罗文涛在结业式上表示，市总工会将持续开展家政技能培训，下半年还将再办三期培训班。"
    names = [n for n, _ in _rows(text)]
    assert "家政技能培训" not in names
    assert ("三期培训班", "planned") in _rows(text)


def test_a_campaign_the_union_will_continue_is_no_activity():
    text = "据介绍，市总工会将继续开展送清凉活动，7月还将举办两场职工健康义诊。"
    names = [n for n, _ in _rows(text)]
    assert "送清凉活动" not in names
    assert any("义诊" in n for n in names)


def test_a_named_programme_carried_on_stays():
    text = "下一步，集团工会将继续开展“安康杯”竞赛，夯实安全生产基础。"
    assert [n for n, _ in _rows(text)] == ["“安康杯”竞赛"]


def test_training_carried_on_without_a_plan_stays():
    text = "近年来，市总工会持续开展家政技能培训，累计培训学员两千人。"
    assert [n for n, _ in _rows(text)] == ["家政技能培训"]
