"""Places and counts on real-page shapes, session 25 (issue 11): a workers' reading room
is a venue (在某园区二层的职工书屋开座谈会); those who sat in a meeting
(共60余人参会) are its count. One behaviour each, on sentences written for these tests
(invented names, units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Qualifier, Unit
from tests.conftest import place_of_mention as _place


def test_a_reading_room_inside_a_centre_is_the_meetings_place():
    sentence = "3月5日下午，青禾区工会在青禾区数字产业园服务中心二楼职工书屋召开劳模座谈会。"
    assert _place(sentence, "劳模座谈会") == "青禾区数字产业园服务中心二楼职工书屋"


def test_those_who_sat_in_a_meeting_told_after_it_are_its_count():
    (meeting,) = find_activities(
        [
            "5月9日，柳岸区总工会在区职工服务中心召开劳模代表座谈会。"
            "各街道工会主席及劳模代表共40余人参会。"
        ]
    )
    assert meeting.participants is not None
    assert (meeting.participants.count, meeting.participants.unit) == (40, Unit.people)
    assert meeting.participants.qualifier == Qualifier.more_than
