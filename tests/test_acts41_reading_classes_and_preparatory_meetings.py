"""Activities (s40 acts41): 读书班 (a class reading set texts over days, 举办…读书班34期 on a
Henan county union's year report), 筹备会 (the meeting preparing a season's events or a
congress) and 主题宣传 (themed publicity events counted in rounds, a Sichuan county union's
year report) are activities; without them a class went unread and a preparatory meeting
was named by its 系列活动. The reporter's source (笔者从州总工会…会议上获悉) is no part of
the meeting's name: jieba joins 从 to a one-character place (从州). Talks counted in
rounds of their own after a reading class are no session of it. Near misses: 读书会 stays
a meeting; a lecture right after a course is still its session.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _found(text: str) -> list[tuple[str, Category]]:
    return [(a.name, a.category) for a in find_activities([text])]


def test_a_reading_class_counted_in_a_year_is_training():
    assert _found("2023年，区总工会组织“书香工会”读书班12期。") == [
        ("“书香工会”读书班", Category.training)
    ]


def test_a_preparatory_meeting_is_a_meeting_by_its_own_name():
    assert _found("4月10日，市总工会召开庆“五一”系列活动筹备会。") == [
        ("庆“五一”系列活动筹备会", Category.meeting)
    ]


def test_themed_publicity_counted_in_rounds_is_a_campaign():
    assert [c for _, c in _found("开展“中国梦·劳动美”系列主题宣传27场次。")] == [Category.campaign]


def test_the_reporters_source_is_no_part_of_the_meetings_name():
    text = "3月4日，笔者从州总工会十一届四次全委（扩大）会议上获悉，某县总工会获评先进单位。"
    assert _found(text)[0][0] == "州总工会十一届四次全委（扩大）会议"


def test_a_reading_circle_stays_a_meeting():
    assert _found("5月8日，区总工会举办“书香三八”读书会。")[0][1] == Category.meeting


def test_talks_counted_after_a_reading_class_are_no_session_of_it():
    text = "区总工会组织“书香工会”读书班12期。开展“劳模宣讲进企业”活动30场次。"
    acts = find_activities([text])
    assert acts[1].category == Category.lecture and acts[1].parent is None


def test_a_talk_after_a_course_is_still_its_session():
    text = "区总工会举办工会干部培训班。邀请市委党校教授作专题讲座。"
    acts = find_activities([text])
    assert acts[1].category == Category.lecture and acts[1].parent == 0
