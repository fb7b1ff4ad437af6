"""Participant counts, session 35 (acts22), on sentences written for these tests
(invented bodies and places): a count in a clause that estimates it (预计培训…三百人,
预计培训一千人次) is about so many, as the tuning gold reads both (real_dev2). Near misses:
a plan's target (计划培训…一百人) stays exact, as the gold reads it (real_dev2,
real_dev5), and an estimate already qualified (预计近300人) keeps its qualifier."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def _count(sentence: str) -> tuple[int, str, str] | None:
    (draft,) = find_activities([sentence])
    p = draft.participants
    return (p.count, p.unit.value, p.qualifier.value) if p else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "据悉，区总工会今年还将举办两期专题培训班，预计培训基层工会干部三百人。",
            (300, "people", "about"),
            id="an_estimated_number_of_trainees_is_about_so_many",
        ),
        pytest.param(
            "明年区总工会将开设“骑手技能课堂”，围绕电动车维修开展培训，预计培训一千人次。",
            (1000, "person_times", "about"),
            id="estimated_attendances_are_about_so_many",
        ),
        pytest.param(
            "县总工会将举办绣娘培训班，计划培训绣娘一百人。",
            (100, "people", "exact"),
            id="a_plans_target_stays_exact",
        ),
        pytest.param(
            "区总工会举办培训班，预计近300人参加。",
            (300, "people", "about"),
            id="an_estimate_already_qualified_keeps_its_qualifier",
        ),
    ],
)
def test_the_count_is(sentence: str, expected: tuple[int, str, str]) -> None:
    assert _count(sentence) == expected
