"""A prefecture renamed in 2010 (襄樊市 → 襄阳市) whose federation older pages print under
its former name, and a bureau of the Xinjiang Production and Construction Corps printed
by its short form (兵团教育局) in a list after the Corps' union. Seen on real pages of
Hubei and of the Corps' union news (session 35, orgs14). Text and events are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_resolved


def test_a_federation_under_the_prefectures_former_name_takes_the_current_one():
    found = first_article_resolved("2009年，襄樊市总工会开展金秋助学活动，资助困难职工子女。")
    assert "襄阳市总工会" in found
    assert "襄樊市总工会" not in found


def test_an_enterprise_under_the_former_name_keeps_its_registered_name():
    found = first_article_resolved("襄樊市恒达机械有限公司工会组织职工开展技能比武。")
    assert found == {"襄樊市恒达机械有限公司工会"}


def test_the_current_name_is_read_as_printed():
    assert "襄阳市总工会" in first_article_resolved("襄阳市总工会组织劳模疗休养。")


def test_the_corps_education_bureau_in_a_list_after_the_corps_union_is_a_body():
    found = first_article_orgs("3月8日，由兵团总工会、兵团教育局主办的教师技能竞赛落幕。")
    assert {"兵团总工会", "兵团教育局"} <= found


def test_the_corps_alone_is_no_body():
    found = first_article_orgs("兵团高校青年教师在竞赛中取得好成绩。")
    assert not any(name.startswith("兵团") for name in found)
