"""Activities (s39 acts37): a check-up given to a counted group with 进行 (区总工会联合区人民
医院为120名环卫工人免费进行体检, 为1000名困难女工免费进行健康检查) is an activity of its
own, as one given with 提供 or 开展 is; before, 进行 gave none and the check-up was lost.
Given within an activity its sentence named first (…体检活动，…为200名职工免费进行健康体检)
it is that activity's, no second row; a check of something else (为企业进行安全检查) or a
habit (积极为职工进行体检) is none. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_checkup_given_with_jinxing_is_an_activity():
    [checkup] = find_activities(["5月，区总工会联合区人民医院为120名环卫工人免费进行体检。"])
    assert checkup.category == Category.other
    assert checkup.participants is not None and checkup.participants.count == 120


def test_a_health_check_given_with_jinxing_is_an_activity():
    [checkup] = find_activities(["吴川市总工会联合市卫生局为全市1000名困难女工免费进行健康检查。"])
    assert checkup.participants is not None and checkup.participants.count == 1000


def test_a_checkup_within_the_named_activity_is_that_activity():
    drafts = find_activities(
        [
            "5月20日，枣阳镇总工会组织开展2024年一线职工免费健康体检活动，"
            "为全镇200名建筑工人免费进行健康体检。"
        ]
    )
    assert [d.name for d in drafts] == ["2024年一线职工免费健康体检活动"]


def test_a_safety_check_is_no_service():
    assert find_activities(["区总工会为企业进行安全检查。"]) == []


def test_a_habit_of_checkups_is_no_activity():
    assert find_activities(["区总工会积极为职工进行体检。"]) == []
