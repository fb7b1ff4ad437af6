"""Activities' attributes on real-page shapes, seventh pass (issue 11): a range of days
whose first day is written without 日 (4月20—22日); a notice's words of a date set ahead
(定于, 初定于, 拟定于) make what they govern planned; a venue on a floor of a building
(某大厦五楼会议室); a venue whose name the recogniser reads as a localiser (某镇前某工会驿
站); a place in the next clause after its date (…比赛，三月五日至七日在某厂举行). One
behaviour each, on sentences written for these tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.participant_counts import count
from gonghui_build.extract.dates.article import is_planned
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.vocabulary import Status, Unit
from tests.conftest import place_of_mention as _place

# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize("sep", ["—", "-", "至", "～"])
def test_a_range_whose_first_day_has_no_day_mark_keeps_its_month_and_both_days(sep):
    (date,) = find_dates(f"县总工会于5月8{sep}10日开展职工篮球比赛。")
    assert (date.month, date.day, date.end_month, date.end_day) == (5, 8, 5, 10)


def test_a_number_before_a_count_is_not_read_as_the_first_day_of_a_range():
    dates = find_dates("6月10-15人参加集训。")
    assert [(d.month, d.day) for d in dates] == [(6, None)]


@pytest.mark.parametrize("marker", ["定于", "初定于", "拟定于"])
def test_a_date_set_ahead_in_a_notice_is_planned(marker):
    text = f"市总工会{marker}7月12日在工人文化宫召开女职工工作会议。"
    assert is_planned(text, text.index("7月"))


def test_a_competition_set_ahead_by_a_notice_is_planned_on_its_days():
    (contest,) = [
        a
        for a in find_activities(["各基层工会：县总工会初定于5月8—10日开展第三届职工乒乓球比赛。"])
        if "乒乓球" in a.name
    ]
    assert contest.status == Status.planned
    assert (contest.date.month, contest.date.day, contest.date.end_day) == (5, 8, 10)


# --- places ------------------------------------------------------------------------------


def test_a_room_on_a_numbered_floor_is_the_whole_venue():
    sentence = "9月3日，市直机关工会干部培训营在青川大厦五楼会议室举行。"
    assert _place(sentence, "培训营") == "青川大厦五楼会议室"


@pytest.mark.parametrize("name", ["前坂", "后洋"])
def test_a_venue_whose_name_opens_with_a_localiser_is_still_the_setting(name):
    sentence = (
        f"在白沙镇{name}工会驿站，区总工会与镇总工会一起开展“暖冬送福”活动，为快递员开展健康讲座。"
    )
    assert _place(sentence, "活动") == f"白沙镇{name}工会驿站"


def test_a_place_after_the_date_of_the_next_clause_is_the_activitys():
    sentence = "由晴川市总工会主办的第三届电工技能比赛，三月五日至七日在晴川机械厂举行。"
    assert _place(sentence, "比赛") == "晴川机械厂"


# --- participant counts ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("市直各单位工会干部70余人参与此次培训。", 70),
        ("区总工会副主席出席开班式，48位学员参加了本次培训班学习。", 48),
    ],
)
def test_this_time_after_a_count_of_people_is_no_unit_of_it(sentence, number):
    found = count(sentence, 0, len(sentence))
    assert found is not None and found[1].value == number and found[2] == Unit.people


def test_a_count_of_days_after_people_is_still_no_count_of_people():
    sentence = "培训职工200人3天。"
    assert count(sentence, 0, len(sentence)) is None


def test_a_course_named_again_in_a_later_paragraph_takes_the_count_said_there():
    out = find_activities(
        [
            "10月9日，市直机关工会干部实战训练营在青川大厦五楼会议室举行。",
            "市直各单位工会干部70余人参与此次培训。",
        ]
    )
    course = next(a for a in out if "训练营" in a.name)
    assert course.participants is not None and course.participants.count == 70


def test_a_contest_ground_visited_is_the_visits_place():
    sentence = "市总工会主席李青禾到晴川机务段赛场观摩比赛。"
    assert _place(sentence, "观摩") == "晴川机务段赛场"


def test_a_building_opening_its_clause_as_the_subject_of_holding_is_the_venue():
    sentence = "5月2日上午，青川市工人文化宫隆重举行全市劳动模范表彰大会。"
    assert _place(sentence, "表彰大会") == "青川市工人文化宫"


@pytest.mark.parametrize(
    "sentence",
    [
        "5月2日，青川市工人文化宫举办职工书法展。",  # a body that organises what it holds
        "5月2日上午，青川市职工服务中心隆重举行全市劳动模范表彰大会。",  # a body, not a building
    ],
)
def test_a_body_opening_its_clause_is_not_the_venue(sentence):
    mention = "书法展" if "书法展" in sentence else "表彰大会"
    assert _place(sentence, mention) is None


def test_a_venue_the_sentence_opens_its_scene_in_is_the_place_of_what_it_reports():
    sentence = "本报讯 5月3日，青川市体育馆内鼓乐齐鸣、座无虚席，全市职工代表一千余人隆重召开劳动模范表彰大会。"
    assert _place(sentence, "表彰大会") == "青川市体育馆"


def test_a_scene_that_names_no_venue_gives_no_place():
    sentence = "5月3日，会场内气氛热烈，区总工会召开劳动模范表彰大会。"
    assert _place(sentence, "表彰大会") is None
