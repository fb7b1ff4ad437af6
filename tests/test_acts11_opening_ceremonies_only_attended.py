"""Activities, s32 (issue 11): a bare opening or closing ceremony named only where guests
attend, chair or speak at it (某某出席开幕式并致辞, 某某主持开班仪式, 开幕式由某某主持,
某某在开班仪式上说, 出席闭幕式并颁奖) is a day of the event it opens or closes, no row of
its own; one the text reports as a scene (开幕式上，…; …举行的闭幕式上，…) stays a part of
its event. Sentences written for these tests (invented unions, people and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities

#: Articles whose ceremony is only attended, chaired or spoken at, with its word.
ONLY_ATTENDED = {
    "an_opening_ceremony_only_attended_is_no_activity": (
        "开幕式",
        [
            "5月9日，青禾市第四届职工运动会在市体育中心开幕，全市三十六支代表队参加。",
            "市总工会主席柳明远、市体育局副局长苏晴出席开幕式并致辞。",
        ],
    ),
    "a_course_opening_only_chaired_is_no_activity": (
        "开班仪式",
        [
            "3月4日，青禾区总工会在区委党校举办2025年基层工会主席培训班，八十名学员参加。"
            "区总工会副主席林秋水主持开班仪式。"
        ],
    ),
    "an_opening_attended_then_chaired_by_someone_is_no_activity": (
        "开幕式",
        [
            "9月8日，青禾省第五届职工摄影作品展在省工人文化宫展出。"
            "省总工会副主席苗新田出席开幕式。开幕式由省总工会宣传部部长温雅主持。"
        ],
    ),
    "a_guest_speaking_at_the_opening_is_no_activity": (
        "开班仪式",
        [
            "4月9日，青禾区总工会在区委党校举办新任工会主席培训班，九十名学员参加。"
            "区总工会主席罗振川在开班仪式上说，新任主席要尽快熟悉工会业务。"
        ],
    ),
    "a_closing_ceremony_only_attended_is_no_activity": (
        "闭幕式",
        [
            "10月20日，青禾县第二届职工篮球赛在县体育馆落幕，十二支队伍参赛。"
            "县总工会副主席葛文清出席闭幕式并为获奖队伍颁奖。"
        ],
    ),
}

#: Articles that report their ceremony as a scene, with its word.
TOLD_AS_A_SCENE = {
    "an_opening_reported_as_a_scene_stays_a_part_of_its_event": (
        "开幕式",
        [
            "7月2日，青禾盟首届职工运动会在草原广场开幕，为期三天。",
            "盟总工会主席乌兰出席开幕式。开幕式上，三百名职工表演了大型歌舞。",
        ],
    ),
    "a_course_opening_told_as_a_scene_is_a_part_of_the_course": (
        "开班仪式",
        [
            "7月5日，青禾市总工会在市工会干部学校举办2025年基层工会主席培训班。",
            "开班仪式上，市总工会党组书记韩立群作动员讲话，要求学员珍惜学习机会。"
            "市总工会副主席邵明主持开班仪式。",
        ],
    ),
    "a_closing_ceremony_told_as_a_scene_is_an_activity": (
        "闭幕式",
        [
            "11月3日至5日，青禾市第六届职工职业技能大赛总决赛在青禾技师学院举行。"
            "5日下午举行的闭幕式上，市总工会主席程远航为获奖选手颁奖。"
        ],
    ),
}


@pytest.mark.parametrize(("word", "texts"), ONLY_ATTENDED.values(), ids=ONLY_ATTENDED.keys())
def test_a_ceremony_only_attended_is_no_activity(word: str, texts: list[str]):
    names = [d.name for d in find_activities(texts)]
    assert word not in names
    assert len(names) == 1  # the event it opens or closes


@pytest.mark.parametrize(("word", "texts"), TOLD_AS_A_SCENE.values(), ids=TOLD_AS_A_SCENE.keys())
def test_a_ceremony_told_as_a_scene_stays_an_activity(word: str, texts: list[str]):
    assert word in [d.name for d in find_activities(texts)]


def test_a_course_opening_told_as_a_scene_is_a_part_of_the_course():
    found = find_activities(
        TOLD_AS_A_SCENE["a_course_opening_told_as_a_scene_is_a_part_of_the_course"][1]
    )
    assert [d.parent for d in found if d.name == "开班仪式"] == [0]


def test_the_parts_of_a_dropped_ceremony_become_parts_of_its_event():
    from gonghui_build.extract.activities.attended_openings import without_attended_openings
    from gonghui_build.extract.activities.draft import ActivityDraft
    from gonghui_build.vocabulary import Category, Status

    text = "青禾县职工运动会开幕。县总工会主席出席开幕式。随后举行拔河比赛。"
    at = text.index("开幕式")

    def draft(name: str, start: int, parent: int | None) -> ActivityDraft:
        category = Category.meeting if name == "开幕式" else Category.competition
        return ActivityDraft(0, name, category, name, start, start + len(name), (0, len(text)),
                             Status.held, parent=parent)  # fmt: skip

    found = [draft("运动会", 4, None), draft("开幕式", at, 0), draft("比赛", text.index("比赛"), 1)]
    kept = without_attended_openings([text], found)
    assert [(d.name, d.parent) for d in kept] == [("运动会", None), ("比赛", 0)]


def test_a_prize_giving_after_a_final_is_a_part_of_the_final():
    found = find_activities(
        [
            "6月10日至12日，青禾省第三届职工职业技能大赛总决赛在青禾职业技术学院举行。",
            "12日下午举行的颁奖仪式上，省总工会副主席简明远为获奖选手颁奖。",
        ]
    )
    names = [d.name for d in found]
    assert found[names.index("颁奖仪式")].parent == names.index(
        "青禾省第三届职工职业技能大赛总决赛"
    )
