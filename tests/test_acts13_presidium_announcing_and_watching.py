"""Activities, s32 (issue 11): words of a congress report and a sports meet that made false
activities. A congress's presidium (大会由大会主席团常务主席某某主持) is no second
meeting named 大会由大会; an activity announced open (出席开幕式并宣布运动会开幕) is
named from 宣布 on, not back to 出席; a leader who watches a contest (到赛场观摩比赛,
观摩比赛后表示) attends it and makes no visit of its own. Sentences written for these
tests (invented unions, people and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(texts: list[str]) -> list[str]:
    return [d.name for d in find_activities(texts)]


def test_a_congress_presidium_chairing_is_no_meeting_of_its_own() -> None:
    names = _names(
        [
            "11月6日，青禾市总工会第七次代表大会在市会议中心开幕。"
            "大会由大会主席团常务主席柳明远主持。市委书记苏晴出席并讲话。"
        ]
    )
    assert names == ["青禾市总工会第七次代表大会"]


def test_a_presidium_announcing_the_congress_open_is_no_meeting_of_its_own() -> None:
    names = _names(
        [
            "3月18日，青禾大学第六次教职工代表大会隆重开幕。"
            "大会执行主席罗振川宣布大会开幕，大会主席团常务主席苏晴作工作报告。"
        ]
    )
    assert names == ["青禾大学第六次教职工代表大会"]


def test_a_meet_announced_open_by_a_guest_is_no_second_activity() -> None:
    names = _names(
        [
            "9月9日，青禾市第三届职工运动会在市体育中心开幕。"
            "市委副书记葛文清出席开幕式并宣布运动会开幕。"
        ]
    )
    assert names == ["青禾市第三届职工运动会"]


def test_a_leader_watching_a_contest_makes_no_visit() -> None:
    found = find_activities(
        [
            "10月2日，青禾市职业技能竞赛焊工决赛在市技师学院举行，四十名选手参赛。"
            "市总工会副主席林秋水到赛场观摩比赛。林秋水观摩比赛后表示，要弘扬工匠精神。"
        ]
    )
    assert [d.category.value for d in found] == ["competition"]


def test_a_visit_to_a_site_to_observe_stays_a_visit() -> None:
    found = find_activities(
        [
            "5月12日，青禾区总工会组织基层工会主席到青禾钢铁公司职工之家观摩学习，"
            "三十名工会主席参加。"
        ]
    )
    assert [d.category.value for d in found] == ["visit"]


def test_a_meeting_of_the_presidium_stays_a_meeting() -> None:
    names = _names(
        ["4月8日上午，青禾县总工会第五次代表大会召开大会主席团第一次会议，审议通过了大会日程。"]
    )
    assert [n for n in names if n.endswith("大会主席团第一次会议")]


def test_an_opening_announced_by_a_guest_and_reported_later_as_a_scene_is_one_row() -> None:
    names = _names(
        [
            "8月3日，青禾县第五届职工运动会暨篮球联赛在县体育馆开幕。"
            "县总工会主席苏晴出席开幕式并宣布运动会开幕。",
            "上午9时，十支代表队二百余名运动员参加了运动会开幕式。",
        ]
    )
    assert "开幕式" not in names
    assert not [n for n in names if "宣布" in n]
