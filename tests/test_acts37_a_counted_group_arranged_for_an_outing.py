"""Activities (s39 acts37): 安排 organises a counted group as 组织 does (区总工会安排40名
劳模赴井冈山参加为期5天的疗休养): the outing is one programme of the union's, however plain
its head; before, the bare head after 安排 was read as a kind and dropped. A bare course
head after an arranged group (安排20名工作人员参加培训) stays none, as after 组织, and so
does a group arranged to do something that names no activity. Sentences written for these
tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_an_arranged_group_on_a_rest_holiday_is_one_programme():
    [trip] = find_activities(["区总工会安排40名劳模赴井冈山参加为期5天的疗休养。"])
    assert (trip.name, trip.category, trip.place) == ("疗休养", Category.other, "井冈山")
    assert trip.participants is not None and trip.participants.count == 40


def test_a_bare_course_head_after_an_arranged_group_stays_none():
    assert find_activities(["区总工会安排20名工作人员参加培训。"]) == []


def test_a_group_arranged_to_speak_is_no_activity():
    assert find_activities(["公司工会安排3名职工代表发言。"]) == []
