"""Activities found on real-page shapes, session 13 (issue 11): a visit's verb whose
object closes with a count of those visited (慰问困难职工八十户); a delegation led to a
site (带队到…，慰问…); an organised activity counted in the next clause (开展无偿献血活动，
九十二人献血); a ceremony announcing those honoured (发布仪式); an inspection campaign
(专项检查); a contest's event opening a sentence as its scene (拔河比赛中，…) is none;
a craft shown by a named teacher (某某为学员演示了…) is a session; trainees taught at a
site (学员们到…开展现场教学) make a visit. One behaviour each, on sentences written for
these tests (invented names, units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _visits(paragraph: str) -> list:
    return [a for a in find_activities([paragraph]) if a.category == Category.visit]


def test_a_visit_to_households_counted_after_the_object_is_an_activity():
    (visit,) = _visits("元旦前，慰问困难职工八十六户，发放救济款四千元。")
    assert visit.name.startswith("慰问困难职工")


def test_a_visit_to_a_counted_group_named_after_an_example_is_an_activity():
    (visit,) = _visits(
        "四月九日，青岭棉纺厂工会主任林秀带领女工干部，走访了刚刚返岗的细纱工吴小梅等九名女工。"
    )
    assert visit.participants is not None and visit.participants.count == 9


def test_a_delegation_led_to_a_site_then_visiting_there_is_a_visit():
    (visit,) = _visits(
        "2月3日，青川市总工会副主席林秋带队到青川汽车站，慰问春运期间值守的售票员，送去慰问品80份。"
    )
    assert "慰问" in visit.name


def _only(paragraph: str, word: str):
    (found,) = [a for a in find_activities([paragraph]) if word in a.name]
    return found


def test_an_organised_activity_counted_in_the_next_clause_is_one_event():
    drive = _only(
        "3.青川市总工会组织机关干部开展无偿献血活动，九十二人献血两万八千毫升。■林秋",
        "献血",
    )
    assert drive.category == Category.volunteering
    assert drive.participants is not None and drive.participants.count == 92


def test_a_ceremony_announcing_those_honoured_is_a_meeting():
    ceremony = _only(
        "5月2日，青川市总工会在市职工文化宫举行2023年青川市“最美职工”发布仪式。",
        "发布仪式",
    )
    assert ceremony.category == Category.meeting


def test_an_inspection_run_over_a_field_is_a_campaign():
    inspection = _only(
        "青川市总工会联合市住建局，在全市开展建设领域欠薪问题专项检查，对八十个在建项目逐一排查。",
        "专项检查",
    )
    assert inspection.category == Category.campaign


def test_a_contest_event_opening_a_sentence_as_its_scene_is_no_activity():
    found = find_activities(
        [
            "5月9日，青川市第五届职工运动会在市体育中心举行，十个代表队参加。",
            "拔河比赛中，青川纺织厂代表队喊着号子连胜三局。",
        ]
    )
    assert [a.name for a in found] == ["青川市第五届职工运动会"]


def test_a_craft_shown_by_a_named_teacher_to_an_audience_is_a_session():
    (session,) = [
        a
        for a in find_activities(["茶艺师林小禾在展厅为学员演示了三种绿茶的冲泡方法。"])
        if a.category == Category.lecture
    ]
    assert "演示" in session.name


def test_trainees_taught_at_a_site_they_go_to_make_a_visit_of_the_course():
    found = find_activities(
        [
            "5月6日，全市新任工会主席培训班在青川开班。",
            "8日，学员们到柳岸镇工会驿站和青川茶业有限公司开展现场教学。",
        ]
    )
    (visit,) = [a for a in found if a.category == Category.visit]
    # both sites joined by 和 are its place, as real_dev5's gold gives such a study tour
    assert visit.place == "柳岸镇工会驿站和青川茶业有限公司"
