"""A department whose body is only a bare suffix (各地区总工会组织部部长: the departments
of a kind of federation) names no organisation (session 35, orgs13; the lead on
chain_orgs._with_area_word, which rightly leaves 各地区 out, left 总工会组织部 behind).
Text and people are invented; the places are real."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_department_of_a_kind_of_federation_names_no_body():
    found = first_article_resolved("会上，各地区总工会组织部部长王立新作了发言。")
    assert "总工会组织部" not in found


def test_a_department_of_an_area_body_printed_short_is_still_read():
    found = first_article_resolved(
        "会上，阿勒泰地区总工会主席李明出席。地区总工会组织部部长王立新作了发言。"
    )
    assert "阿勒泰地区总工会组织部" in found


def test_a_department_of_a_federation_by_its_level_word_is_still_read():
    found = first_article_resolved("阿勒泰市总工会召开会议。市总工会组织部部长王立新讲话。")
    assert "阿勒泰市总工会组织部" in found


def test_a_department_of_a_city_committee_printed_short_is_still_read():
    found = first_article_resolved("北京市委召开会议。市委组织部部长王立新讲话。")
    assert "北京市委组织部" in found


def test_the_area_word_after_a_determiner_is_not_put_back():
    text = news_page("阿克苏地区总工会日前举办学习班。各地区总工会组织部部长严永发参加。")
    held = {org for name, _, org in first_article_positions(text) if name == "严永发"}
    assert not any(org and org.startswith("阿克苏") for org in held)
