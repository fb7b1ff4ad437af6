"""Activities, s36 (acts25): a yearbook's totals row names its courses and counts them
(全年共开展各类职工培训126场，培训职工9400余人次): the rounds counted after the name make one
activity of it, however plain its name, and the people trained told after it in the same
sentence are its count (the totals of the courses it names, not of one read before).
Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Qualifier, Unit


def test_a_totals_row_is_a_course_with_its_count():
    found = find_activities(["全年共开展各类职工培训116场，培训职工8400余人次。"])
    assert [a.category for a in found] == [Category.training]
    p = found[0].participants
    assert (p.count, p.unit, p.qualifier) == (8400, Unit.person_times, Qualifier.more_than)


def test_a_named_course_counted_in_a_totals_row_keeps_its_count():
    found = find_activities(["全年共举办彝绣培训班十二期，培训绣娘六百余人次。"])
    assert [(a.name, a.participants.count) for a in found] == [("彝绣培训班", 600)]


def test_one_round_alone_makes_no_course():
    assert find_activities(["区总工会开展培训1次。"]) == []
