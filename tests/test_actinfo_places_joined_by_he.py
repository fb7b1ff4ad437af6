"""Places joined by 和 (issue 11), on sentences written for these tests (invented places,
bodies and people): an activity held at two named places joined by 和 (a course's study
tour at a station and a firm, a drive at two communities) is at both; a named place
joined to an unnamed one (两家物业公司) leaves the named one alone, and a body whose name
holds 和 stays one place."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_study_tour_at_a_station_and_a_firm_is_at_both():
    sentence = "11日下午，学员们到南山镇工会驿站和青川绿茶有限公司开展现场教学。"
    assert _place(sentence, "现场教学") == "南山镇工会驿站和青川绿茶有限公司"


def test_a_drive_held_in_two_named_communities_is_at_both():
    sentence = "5月6日，区总工会在南山社区和北岭社区开展“送法进社区”活动。"
    assert _place(sentence, "“送法进社区”活动") == "南山社区和北岭社区"


def test_a_named_place_joined_to_unnamed_firms_is_the_named_place_alone():
    sentence = "1月8日，区总工会走进区环卫中心和两家物业公司，慰问一线职工。"
    assert _place(sentence, "慰问") == "区环卫中心"


def test_a_bureau_whose_name_holds_he_stays_one_place():
    sentence = "5月6日，青川市总工会在市人力资源和社会保障局举办劳动法律知识讲座。"
    assert _place(sentence, "劳动法律知识讲座") == "市人力资源和社会保障局"
