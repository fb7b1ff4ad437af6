"""Activities of real pages, round 3 of session 14 (issue 11): an activity named only by
its kind (职工文体活动, 健身趣味活动) is one event when its sentence holds it on a day or
the next sentence takes it up as 此次活动/本次活动; otherwise it stays a habit, as
ANNOTATION.md says. Sentences written for these tests (invented units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


def test_kind_named_activity_taken_up_as_this_activity_is_one_event_with_its_count():
    out = found(
        "为活跃节日气氛，青禾机械公司工会在元宵来临之际组织开展了职工文体活动。近60名职工参加了此次活动。"
    )
    assert [(a.name, a.status) for a in out] == [("职工文体活动", Status.held)]
    assert out[0].participants is not None and out[0].participants.count == 60


def test_kind_named_activity_held_on_a_day_is_one_event():
    out = found(
        "柳岸地质三队工会于5月6日下午组织职工开展了丰富多彩的文体活动，有拔河、套圈等项目。"
    )
    assert [a.name for a in out] == ["文体活动"]


def test_taken_up_in_the_next_paragraph_first_sentence():
    out = found(
        "3月2日前后，白沙景区工会联合组织开展了健身趣味活动。", "全体会员在湖心园参加了本次活动。"
    )
    assert [a.name for a in out] == ["健身趣味活动"]


def test_only_the_dated_one_of_a_habit_and_an_outing_is_an_activity():
    out = found(
        "近年来，红桥社区工会组织开展了职工文体活动，丰富了会员生活。",
        "6月8日，社区工会又组织会员开展了登山健身活动。",
    )
    assert [a.name for a in out] == ["登山健身活动"]


def test_vague_kind_or_a_plan_of_all_unions_stays_no_activity_beside_a_dated_one():
    out = found(
        "某厂工会开展了形式多样的活动。各级工会要在节日期间开展丰富多彩的文体活动。",
        "9月1日，某厂工会组织开展了职工棋类活动。",
    )
    assert [a.name for a in out] == ["职工棋类活动"]


def test_abstract_work_on_a_day_is_no_activity_beside_an_outing():
    out = found(
        "8月3日至5日，省总工会某部率工作组到青州，到一线听取意见，开展服务职工活动。",
        "8月6日，青州市总工会组织职工开展了登山健身活动。",
    )
    assert [a.name for a in out if a.category != Category.visit] == ["登山健身活动"]
