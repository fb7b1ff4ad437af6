"""A service given on an event's site, session 35 (acts23). …举办“女职工关爱日”活动，现场开展健
康义诊、心理咨询和法律咨询: the services given on the site are part of the event, as a law
desk set up there is (real_dev's 活动现场还开设了法律咨询台, real_dev3's 为劳动者提供法律咨
询、免费理发、义诊等服务); a free clinic, read as volunteering, was left with no parent. A
clinic day of its own (开展“义诊进驿站”活动) stays an event of its own. Shapes read on real
pages (a city union's winter service day at a station, a provincial union's clinic at a
labour market, a union's care day on a building site); sentences written for these tests
(invented bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def _rows(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    found = find_activities(paragraphs)
    return [(d.name, None if d.parent is None else found[d.parent].name) for d in found]


_DAY = "3月10日，南岭区总工会在职工服务中心举办“女职工关爱日”活动"


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param(
            [_DAY + "，现场开展健康义诊、心理咨询和法律咨询。"], id="in_the_same_sentence"
        ),
        pytest.param(
            [_DAY + "。", "活动现场，医生为职工开展健康义诊。"], id="in_the_next_paragraph"
        ),
    ],
)
def test_a_clinic_on_the_events_site_is_part_of_it(paragraphs):
    rows = _rows(paragraphs)
    assert len(rows) == 2
    assert "义诊" in rows[1][0]
    assert rows[1][1] == "“女职工关爱日”活动"


def test_a_clinic_day_of_its_own_is_no_part():
    rows = _rows(["5月16日，桐溪街道工会在零工市场驿站开展“义诊进驿站”活动。"])
    assert rows == [("“义诊进驿站”活动", None)]


def test_a_clinic_told_with_no_site_word_is_no_part():
    rows = _rows([_DAY + "。", "3月12日，区总工会还组织医生为环卫工人开展健康义诊。"])
    assert rows[-1][1] is None
