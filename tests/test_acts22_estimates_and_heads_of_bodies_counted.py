"""Participant counts, session 35 (acts22), on sentences written for these tests
(invented bodies and places): a count in a clause that estimates it (预计培训…三百人,
预计培训一千人次) is about so many, while a plan's target (计划培训…一百人) stays exact,
as the tuning gold reads both; bodies counted by their heads (二十三个基层工会的主席参加,
十个地市工会的女工部长参加) count the people who came, one of each body. Near misses:
the members of bodies counted with a count of their own (31家企业的1100余名职工) and bodies
counted with no head after them (走访31家企业的职工) keep their count and unit."""

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
        pytest.param(
            "△青川市总工会召开“职工之家”建设经验交流会，二十三个基层工会的主席参加了会议。",
            (23, "people", "exact"),
            id="the_chairs_of_counted_unions_are_people",
        ),
        pytest.param(
            "△省总工会女工部日前在南江召开全省女职工劳动保护工作座谈会，十个地市工会的女工部长参加。",
            (10, "people", "exact"),
            id="the_heads_of_counted_city_unions_are_people",
        ),
        pytest.param(
            "区总工会召开职工代表座谈会，31家企业的1100余名职工参加。",
            (1100, "people", "more_than"),
            id="members_counted_of_their_own_keep_their_count",
        ),
        pytest.param(
            "区总工会开展送温暖活动，走访31家企业的职工。",
            (31, "organisations", "exact"),
            id="bodies_counted_with_no_head_stay_bodies",
        ),
    ],
)
def test_the_count_is(sentence: str, expected: tuple[int, str, str]) -> None:
    assert _count(sentence) == expected
