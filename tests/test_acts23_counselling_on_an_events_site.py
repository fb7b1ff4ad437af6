"""Counselling given on an event's site, session 35 (acts23). …举办“女职工关爱日”活动。活动现场，心
理咨询师为职工开展心理咨询: counselling is a service as 法律咨询 is, part of the event whose
site the sentence speaks from; it was no service given to a group, so it was missed. A
counsellor hired, a counselling room, and counselling in a list of a season's services (as
real_dev2's care season lists them) are no event. Shapes read on real pages (a city union's winter
service day at a station, a city union's law-and-counselling visits to communities, a care
day on building sites); sentences written for these tests (invented bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

_DAY = "3月10日，南岭区总工会举办“女职工关爱日”活动"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_DAY + "。活动现场，心理咨询师为职工开展心理咨询。", id="offered"),
        pytest.param(_DAY + "。活动现场，心理咨询师为职工提供心理咨询。", id="given"),
    ],
)
def test_counselling_on_the_site_is_part_of_the_event(text):
    found = find_activities([text])
    assert len(found) == 2
    assert "心理咨询" in found[1].name
    assert found[1].category == Category.other
    assert found[1].parent == 0


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("市总工会为驿站聘请了两名心理咨询师。", id="a_counsellor_hired"),
        pytest.param("项目部设有职工书屋和心理咨询室。", id="a_counselling_room"),
        pytest.param(
            "市总工会发布服务清单，包括“两癌”筛查、心理咨询、职工子女托管等。",
            id="a_list_of_services",
        ),
    ],
)
def test_a_counsellor_or_a_room_is_no_event(sentence):
    assert find_activities([sentence]) == []
