"""Activities of real pages, sixth pass (issue 11): a facility for workers opened
(挂牌, 正式对外开放) is an activity named by the facility, but not a count of such
facilities; a ceremony of unveiling or of first use (揭牌仪式, 启用仪式) is an event; a
meeting whose quoted slogan cites a national event (“喜迎…大”) is the article's own,
not background. One behaviour each, on sentences written for these tests (invented
names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


# --- facilities opened ----------------------------------------------------------------


def test_a_facility_for_workers_opened_is_an_activity_named_by_the_facility():
    out = found("近日，桐溪镇两个工会服务站正式挂牌，为周边快递员提供休息场所。")
    assert [(a.name, a.category) for a in out] == [("工会服务站", Category.other)]


def test_a_quoted_station_opened_to_the_public_is_an_activity():
    out = found("青禾区总工会为外卖骑手增设的“暖阳驿站”目前已全面对外开放。")
    assert [a.name for a in out] == ["“暖阳驿站”"]


def test_a_count_of_facilities_open_is_a_total_not_an_opening():
    out = found("截至目前，全区已有职工书屋三十家对外开放。")
    assert out == []


def test_a_stations_opening_hours_are_no_opening():
    # 开放 alone tells the hours a station keeps, not the day it opened
    out = found("这座驿站每天24小时开放，配有微波炉和饮水机。")
    assert out == []


def test_a_facilitys_opening_telling_the_time_of_another_event_is_no_new_activity():
    out = found("驿站启用当天，街道总工会还邀请青禾交警大队民警为30名骑手讲解交通安全知识。")
    assert [a.category for a in out] == [Category.lecture]


# --- ceremonies -----------------------------------------------------------------------


def test_an_unveiling_ceremony_is_one_event_not_also_the_facility():
    out = found("8月3日，柳岸区第五家户外劳动者“清风驿站”在石塘镇举行揭牌仪式。")
    assert [(a.name, a.category) for a in out] == [("揭牌仪式", Category.other)]


def test_a_ceremony_of_first_use_is_an_event():
    out = found("当天上午，岚县职工服务中心举行启用仪式，县总工会主席出席。")
    assert [a.category for a in out] == [Category.other]
    assert out[0].name.endswith("启用仪式")


# --- background -----------------------------------------------------------------------


def test_a_meeting_whose_quoted_slogan_cites_a_national_event_is_the_articles_own():
    out = found("3月9日，青禾区“喜迎二十大 建功新时代”劳动竞赛现场推进会在青禾钢构公司举行。")
    assert [a.category for a in out] == [Category.meeting]
    assert out[0].name.endswith("劳动竞赛现场推进会")


def test_a_meeting_named_for_a_national_event_itself_stays_background():
    out = found("会议传达学习了党的二十大会议精神。")
    assert out == []


# --- visits by a delegation -----------------------------------------------------------


def test_a_led_group_going_to_sites_then_visiting_workers_is_a_visit():
    out = found(
        "7月5日，岚县总工会副主席苏明远带领机关干部，深入到环卫、道班等一线，"
        "慰问高温下坚守岗位的一线职工，为他们送去防暑降温物品。"
    )
    assert [a.category for a in out] == [Category.visit]


def test_an_unled_visit_word_in_a_plan_of_work_is_no_visit():
    out = found("岚县总工会表示，将深入一线，慰问职工。")
    assert [a.category for a in out] == []


def test_unveiling_a_facility_at_its_ceremony_is_part_of_the_ceremony():
    out = found(
        "9月2日，青禾区“暖阳驿站”在柳湾街道举行揭牌仪式。",
        "区总工会主席苏明远出席仪式并为驿站揭牌。",
    )
    assert [a.name for a in out] == ["揭牌仪式"]
