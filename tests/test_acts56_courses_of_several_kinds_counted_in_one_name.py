"""Activities, s44 acts56: courses or talks of several kinds told in one name with their
count (举办焊工、育婴师两期培训班) are one row a kind when the kinds are as many as the
count; a list of places before the count (在A、B两县再办两期培训班) is one programme, and
so is a count the kinds do not match. Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_two_classes_of_two_kinds_are_two_courses():
    found = find_activities(["下半年柳河区总工会还将举办焊工、育婴师两期培训班。"])
    assert [a.name for a in found] == ["焊工培训班", "育婴师培训班"]
    assert {a.status.value for a in found} == {"planned"}


def test_two_talks_of_two_kinds_are_two_lectures():
    found = find_activities(["柳河区总工会开设法律、心理两场讲座。"])
    assert [a.category.value for a in found] == ["lecture", "lecture"]


def test_a_list_of_places_before_the_count_is_one_programme():
    assert len(find_activities(["今年下半年还将在青禾、柳河两县再办两期培训班。"])) == 1


def test_a_count_the_kinds_do_not_match_is_one_programme():
    assert len(find_activities(["柳河区总工会举办焊工、育婴师三期培训班。"])) == 1


def test_subjects_taught_in_turn_are_a_lecture_each_within_the_course():
    found = find_activities(
        [
            "5月8日至10日，柳河区总工会举办职工技能提升培训班，40名职工参加。",
            "培训期间，讲师周青、技师韩立分别讲授面点制作规范和家电维修技艺。",
        ]
    )
    lectures = [a for a in found if a.category.value == "lecture"]
    assert [a.name for a in lectures] == ["面点制作规范", "家电维修技艺"]
    assert {a.parent for a in lectures} == {0}


def test_each_kind_split_from_one_name_starts_at_its_own_item():
    found = find_activities(["下半年柳河区总工会还将举办焊工、育婴师两期培训班。"])
    assert len({(a.name_start, a.trigger_end) for a in found}) == 2
