"""A team of an enterprise ending in 组 (班组, 装配组, 扎制组) printed right after the
enterprise's whole name, before a post (组长) or the verb of an award: the team is an
organisation of its own, as a team ending in 班 is. A unit opening with a common verb
(派出工作组) is what the body did, and a union's group inside a workshop (车间工会小组)
is no team. Invented enterprises and people."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_team_ending_in_zu_holds_its_leader_s_post():
    text = news_page("青峰彩扎有限公司扎制组组长柯明远今年五十七岁。")
    assert ("柯明远", "组长", "青峰彩扎有限公司扎制组") in first_article_positions(text)


def test_a_team_ending_in_zu_given_an_award_is_an_organisation():
    found = first_article_orgs("青峰轴承有限公司小型号装配组荣获市级工人先锋号。")
    assert "青峰轴承有限公司小型号装配组" in found


def test_a_banzu_team_given_an_award_is_an_organisation():
    found = first_article_orgs("青峰电力公司输电运检班组荣获全国工人先锋号。")
    assert "青峰电力公司输电运检班组" in found


def test_a_working_group_a_federation_sends_is_no_unit_of_it():
    found = first_article_orgs("今年八月，青峰县总工会派出工作组，同建筑队负责人座谈。")
    assert not any(name.endswith("工作组") for name in found)


def test_a_workshop_s_union_group_stays_out_of_its_plant_s_name():
    found = first_article_orgs(
        "青峰县总工会命名县化肥厂合成车间工会小组等二十六个工会小组为优秀工会小组。"
    )
    assert not any(name.endswith("合成车间工会小组") for name in found)
