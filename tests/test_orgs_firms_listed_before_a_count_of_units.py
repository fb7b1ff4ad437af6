"""Firms listed by their short names before a count of units (issue 10, session 27):
contest and award reports close a list of firms with 等N家单位, 等单位, or a count right
after the last member (某某、某某3家单位获得团体奖), as they close it with 等N家企业. A
generic list (机关、学校等单位), a count after one name (某县一家企业) and households
(某某养殖户) name no firm. Text, firms and places are invented."""

from __future__ import annotations

from tests.conftest import page_facts


def printed(text: str) -> set[str]:
    facts = page_facts(text)
    return {o.name_as_written for a in facts.articles for o in a.orgs}


def test_firms_before_a_count_of_units_are_each_a_body():
    text = "本报讯 6月3日，区总工会走访了金泰纺织、华宇机械等10家单位。"
    assert {"金泰纺织", "华宇机械"} <= printed(text)


def test_a_firm_before_deng_danwei_is_a_body():
    text = "本报讯 6月3日，竞赛由省化工协会、恒远化工等单位主办。"
    assert "恒远化工" in printed(text)


def test_firms_before_a_count_without_deng_are_each_a_body():
    text = "本报讯 6月3日，西岭油气、白杨石化2家单位获得团体奖。"
    assert {"西岭油气", "白杨石化"} <= printed(text)


def test_a_generic_list_of_units_names_no_firm():
    assert printed("本报讯 6月3日，来自机关、学校等单位的职工参加。") == set()


def test_a_count_after_one_place_names_no_firm():
    assert printed("本报讯 6月3日，图为德清县一家企业的职工操作数控机床。") == set()


def test_households_listed_among_units_are_no_firms():
    found = printed("本报讯 6月3日，县总工会走访了王庄养殖户、绿源种植大户等12家单位。")
    assert not {"王庄养殖户", "绿源种植大户"} & found
