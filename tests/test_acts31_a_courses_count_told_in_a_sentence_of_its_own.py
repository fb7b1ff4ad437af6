"""Activities (s37): a course's count told in a sentence of its own that names the course
again (举办工会干部培训班。培训特邀某教授为80余名工会干部授课) is the course's, as it is when
one sentence tells both (…培训班，特邀某教授为80余名…授课). A count the course already has
stays. Real pages of union cadre courses (a Shanghai district's, a Huangshan county's, a
Beijing district's) are told so. Sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def counts(text: str):
    return [
        (a.name, a.participants.count if a.participants else None) for a in find_activities([text])
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "6月3日，青禾县总工会举办工会干部培训班。培训特邀市委党校教授李明远为80余名工会干部授课。",
            [("工会干部培训班", 80)],
            id="course_named_again_as_training",
        ),
        pytest.param(
            "日前，青禾区总工会举办新就业形态劳动者技能培训班。培训班邀请某职业学院讲师为120名快递员授课。",
            [("新就业形态劳动者技能培训班", 120)],
            id="course_named_again_as_the_class",
        ),
        pytest.param(
            "6月3日，青禾县总工会举办工会干部培训班，共60人参加。培训特邀市委党校教授李明远为80余名学员授课。",
            [("工会干部培训班", 60)],
            id="a_count_it_already_has_stays",
        ),
        pytest.param(
            "6月3日，青禾县总工会举办工会干部培训班，特邀市委党校教授李明远为80余名工会干部授课。",
            [("工会干部培训班", 80)],
            id="one_sentence_as_before",
        ),
    ],
)
def test_a_courses_count(text, expected):
    assert counts(text) == expected
