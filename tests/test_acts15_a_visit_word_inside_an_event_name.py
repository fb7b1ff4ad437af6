"""Activities, s33 (issue 11): 慰问 inside the name of a show or a gala (“情暖工友”慰问农民工
文艺演出在某广场举行, 2024年慰问一线职工新春联欢会…) is a word of that name: the event is
held and no visit is invented beside it. A visit whose object names an event after its
verb (慰问了参加培训班的学员, 参观了职工书画展) stays a visit. Sentences written for these
tests (invented unions, places and people)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


@pytest.mark.parametrize(
    "paragraph",
    [
        "昨晚，柳河县总工会“情暖工友”慰问农民工文艺演出在城南文化广场举行。",
        "青禾区总工会2024年慰问一线职工新春联欢会在区工人文化宫举行，300余名职工参加。",
        "2019年慰问职工新春联欢会开场舞蹈。",
    ],
)
def test_a_visit_word_inside_an_event_name_invents_no_visit(paragraph):
    assert [a.category for a in find_activities([paragraph])] == [Category.other]


@pytest.mark.parametrize(
    ("paragraph", "kinds"),
    [
        ("1月20日，青禾区总工会主席林一舟慰问了参加培训班的学员。", [Category.visit]),
        ("青禾区总工会领导参观了职工书画展。", [Category.visit, Category.other]),
    ],
)
def test_a_visit_whose_object_names_an_event_stays_a_visit(paragraph, kinds):
    assert [a.category for a in find_activities([paragraph])] == kinds
