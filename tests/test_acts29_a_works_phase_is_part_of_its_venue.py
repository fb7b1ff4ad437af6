"""A works site numbered by its phase (某线二期工程施工现场, 某安置房二期项目部), as the
real pages of s37 print the sites of 送清凉 visits and shows on building sites: the phase's
number is part of the venue, no count of the clause, so the whole site is the place.
Sentences written for these tests (invented sites)."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_metro_lines_second_phase_site_is_the_whole_place():
    sentence = "7月9日，区总工会在地铁6号线二期工程施工现场开展送清凉活动。"
    assert _place(sentence, "送清凉活动") == "地铁6号线二期工程施工现场"


def test_a_housing_projects_second_phase_office_is_a_venue():
    sentence = "7月9日，区总工会在城南安置房二期项目部举办安全生产知识竞赛。"
    assert _place(sentence, "安全生产知识竞赛") == "城南安置房二期项目部"


def test_a_phase_already_read_with_its_name_stays_the_place():
    sentence = "7月9日，区建设工会在滨江花园三期项目工地开展送清凉活动。"
    assert _place(sentence, "送清凉活动") == "滨江花园三期项目工地"


def test_the_second_session_of_a_course_is_no_place():
    sentence = "7月9日，区总工会在第二期培训班上开展座谈交流活动。"
    assert _place(sentence, "座谈交流活动") is None


def test_a_phase_with_no_site_named_is_no_place():
    assert _place("区总工会在三期工程开展劳动竞赛。", "劳动竞赛") is None
