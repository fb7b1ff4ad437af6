"""A training told with 培训 as the subject of a clause that reports it held is one
course (s41 acts46): 全县工会干部能力提升培训在县委党校举行, as universities' training
notes, bureaus' union news and county forums tell courses (real pages read in s41).
培训 alone needs a name of its own, and a name of description words only (no place
name, no year) was not one, so the course was lost. Near misses: a demonstrative or
generic words alone before 培训 (此次培训在…举行, 专题培训在…举行) tell of a course read
before, and words that do not open the clause make no event of their own.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _found(*paragraphs: str):
    return find_activities(list(paragraphs))


def test_a_training_held_at_a_venue_as_the_subject_is_a_course():
    found = _found("3月12日，全县工会干部能力提升培训在县委党校举行。")
    assert [(a.name, a.category, a.place) for a in found] == [
        ("全县工会干部能力提升培训", Category.training, "县委党校")
    ]


def test_a_training_opened_as_the_subject_is_a_course():
    found = _found("9月8日，基层工会财务人员业务能力培训顺利开班。")
    assert [a.name for a in found] == ["基层工会财务人员业务能力培训"]


def test_this_training_held_at_a_venue_is_the_course_read_before():
    found = _found(
        "4月2日，县总工会举办2024年基层工会主席培训班。",
        "此次培训在县委党校举行，为期两天。",
    )
    assert [a.name for a in found] == ["2024年基层工会主席培训班"]


def test_a_generic_training_held_alone_is_no_new_course():
    assert _found("专题培训在县委党校举行。") == []


def test_a_training_not_opening_its_clause_is_no_new_course():
    found = _found("县总工会要求各单位做好全县工会干部能力提升培训，确保按时举行。")
    assert found == []
