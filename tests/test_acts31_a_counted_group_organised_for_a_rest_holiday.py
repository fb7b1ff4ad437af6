"""Activities (s37): a counted group a union organises to go on a rest holiday, told by the
bare head (今年将分6批组织600名一线职工参加疗休养, 计划组织约1500名职工参加疗休养) is one
programme of the union's, as the trip with a place is (组织三十名劳动模范到蓟县疗休养); a
plan when 将 opens it, though the tokenizer reads 将分 as one word. The bare head alone
(劳模疗休养向来是…, 组织职工参加疗休养 with no count) names a kind, and a bare course
head after a counted group (组织500名职工参加培训) stays none. Real pages of Yunnan and
Jiangsu unions' year plans are told so. Sentences written for these tests (invented)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_a_year_plan_of_rest_holidays_in_batches():
    [trip] = find_activities(["今年，青禾市总工会将分6批组织600名一线职工参加疗休养。"])
    assert (trip.name, trip.category, trip.status) == ("疗休养", Category.other, Status.planned)
    assert trip.participants is not None and trip.participants.count == 600


def test_a_planned_programme_of_rest_holidays():
    [trip] = find_activities(["据悉，今年青禾市各级工会计划组织约1500名一线职工参加疗休养。"])
    assert trip.status == Status.planned
    assert trip.participants is not None and trip.participants.count == 1500


def test_a_rest_holiday_activity_in_batches_is_planned_too():
    [trip] = find_activities(["今年，青禾市总工会将分6批组织600名一线职工参加疗休养活动。"])
    assert trip.status == Status.planned


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("劳模疗休养向来是我们的老传统。", id="the_kind"),
        pytest.param("市总工会组织职工参加疗休养。", id="no_count"),
        pytest.param("全年共组织500名职工参加培训。", id="a_bare_course_head"),
    ],
)
def test_no_programme(text):
    assert find_activities([text]) == []


def test_those_sent_in_batches_are_counted():
    [trip] = find_activities(["今年全市将组织3万余名职工分批次参加职工疗休养。"])
    assert trip.participants is not None and trip.participants.count == 30000


def test_a_count_of_times_after_a_count_of_people_still_is_no_attendance():
    [talk] = find_activities(["6月3日，青禾县总工会举办安全生产知识讲座，讲师为职工讲课5次。"])
    assert talk.participants is None or talk.participants.count != 5
