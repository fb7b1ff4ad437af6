"""办起 (setting up a school or a class: 工会今年三月办起职工夜校) is a verb acting on the
activity, as 开办 and 创办 are; the tokenizer reads it as one word, so without it the
name ran back to the clause's start over the date, and the date, inside the name, was
lost. Read on real_dev21's 1984 page. Invented sentence."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_night_school_set_up_in_march_is_named_by_itself_and_dated():
    text = "为提高青工文化水平，青禾机床厂工会今年三月办起职工夜校，一百二十名青工报名入学。"
    (school,) = find_activities([text])
    assert school.name == "职工夜校"
    assert (school.date.relative_year, school.date.month) == (0, 3)
