"""A body whose name ends in 所 holding an activity at a place (issue 11), on sentences
written for these tests (invented bodies and places): 某律师事务所在某服务中心举办讲座 and
某派出所在某社区开展讲座 print the body, then the frame's 在 and the venue, so that 所在
there is no word (所在单位, 所在地) but the body's last character and the frame's 在;
the venue is the activity's place. The word 所在 after a person or a group (职工所在企业)
stays no frame."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_law_firm_holding_a_lecture_at_a_service_centre_places_it_there():
    sentence = "3月6日，明德律师事务所在南湖街道职工服务中心举办劳动法律知识讲座。"
    assert _place(sentence, "劳动法律知识讲座") == "南湖街道职工服务中心"


def test_a_union_and_a_law_firm_joined_hold_a_drive_at_the_firms_venue():
    sentence = "3月6日，区总工会联合明德律师事务所在南湖街道职工服务中心开展“法律进驿站”咨询活动。"
    assert _place(sentence, "“法律进驿站”咨询活动") == "南湖街道职工服务中心"


def test_a_police_station_holding_a_talk_in_a_community_places_it_there():
    sentence = "6月2日，南山派出所在南山社区开展防诈骗知识讲座。"
    assert _place(sentence, "防诈骗知识讲座") == "南山社区"


def test_the_word_suozai_after_the_workers_is_no_frame():
    sentence = "5月8日，区总工会到困难职工所在企业开展“送温暖”活动。"
    assert _place(sentence, "“送温暖”活动") is None
