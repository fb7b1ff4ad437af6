"""Activities on real-page shapes, eighth pass (issue 11, real_dev4): a plan told as
还要 (今年还要举办…) is planned; a drill a union runs for its members (消防应急演练) is a
training; a session on the n-th day of a course (培训班第二天) is its, whatever sub-heading
stands between, and is dated that day; a talk given under a title (以《…》为题，结合…，
讲解…) is named by it across a clause. One behaviour each, on sentences written for
these tests (invented names)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates.resolve import nth_day
from gonghui_build.extract.facts import ResolvedDate
from gonghui_build.vocabulary import Category, DateBasis, Precision, Status
from tests.built import built_activities


def test_an_activity_a_speaker_says_is_still_to_come_this_year_is_planned():
    (contest,) = find_activities(["镇工会主席罗青禾说，今年还要举办职工篮球比赛。"])
    assert contest.status == Status.planned


def test_an_activity_also_held_is_no_plan():
    (contest,) = find_activities(["去年，镇工会还举办了职工篮球比赛。"])
    assert contest.status == Status.held


@pytest.mark.parametrize("drill", ["消防应急演练", "应急演练", "消防演练"])
def test_a_drill_a_union_runs_for_its_members_is_a_training(drill):
    (found,) = find_activities([f"近日，柳塘镇总工会组织辖区48名职工开展{drill}。"])
    assert found.category == Category.training
    assert found.name.endswith(drill)


def test_a_lecture_on_the_second_day_of_a_course_is_dated_that_day(pages_dir, tmp_path):
    rows = built_activities(
        pages_dir,
        tmp_path,
        "柳塘区新任工会主席集中培训\n\n"
        "本报讯 5月20日至22日，柳塘区总工会在区委党校举办新任基层工会主席培训班，"
        "全区八十名新任主席参加培训。\n\n"
        "培训班第二天，桐湾职业学院章明远教授讲授《工会法》与基层工会建设。\n\n"
        "柳塘日报 2021年05月25日 星期二\n",
    )
    (course,) = [r for r in rows if r["name"] and r["name"].endswith("培训班")]
    assert course["start_date"] == "2021-05-20"
    talks = [r for r in rows if r["parent_activity_id"] == course["activity_id"]]
    assert [(t["category"], t["start_date"]) for t in talks] == [("lecture", "2021-05-21")]


def test_a_session_past_the_last_day_of_its_course_keeps_the_course_month():
    span = ResolvedDate("2021-05-20", Precision.day, "2021-05-22", Precision.day, DateBasis.parent)
    assert nth_day(span, 2).start == "2021-05-21"
    assert nth_day(span, 5) is None


def test_sessions_on_numbered_days_belong_to_the_course_across_a_sub_heading():
    found = find_activities(
        [
            "本报讯 5月20日至22日，柳塘区总工会举办新任基层工会主席培训班。"
            "区总工会副主席邵青出席开班仪式。",
            "课堂上学法律",
            "培训班第一天，桐湾律师事务所律师葛平以《劳动合同法》为题，讲解用工风险。"
            "第二天，桐湾职业学院章明远教授讲授《工会法》。",
        ]
    )
    sessions = [a for a in found if "法》" in a.name]
    assert [(a.parent, a.date_from_parent, a.course_day) for a in sessions] == [
        (0, "first_day", None),
        (0, "within", 2),
    ]


@pytest.mark.parametrize("title", ["《劳动合同法》", "“职工维权那些事”"])
def test_a_talk_is_named_by_its_title_across_a_clause_before_its_verb(title):
    found = find_activities(
        [f"柳塘区总工会律师葛平以{title}为题，结合近年来的典型案例，讲解用工风险。"]
    )
    assert [(a.name, a.category) for a in found] == [(title, Category.lecture)]
