"""Organisations by suffixes seen on real pages of oil-field, chamber and charity news
(issue 10, session 27): an oil field run as an enterprise (某油田, hosting a contest or
sending a team), a chamber of commerce (商会), a city's charity federation (慈善总会)
and a trade's federation (企业联合会). A chief accountant (总会计师) opens with 总会 and
names no body; an adverb 总会 ('always') neither. Text, people and bodies are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_an_oil_field_hosting_a_contest_is_a_body():
    assert names("本次采油工竞赛由青山油田承办。") == ["青山油田"]


def test_oil_fields_listed_as_teams_are_each_a_body():
    found = names("比赛在黑松油田举行，白桦油田、红柳油田派队参加。")
    assert found == ["黑松油田", "白桦油田", "红柳油田"]


def test_an_old_oil_field_names_no_body():
    assert names("老油田焕发了新活力。") == []


def test_a_chambers_union_is_found_whole():
    assert names("锦川温州商会工会日前成立。") == ["锦川温州商会工会"]


def test_a_citys_charity_federation_is_a_body():
    assert names("善款全部转交市慈善总会统一管理。") == ["市慈善总会"]


def test_a_trades_federation_beside_a_union_is_a_body():
    assert names("市企业联合会和市总工会召开三方会议。") == ["市企业联合会", "市总工会"]


def test_a_chief_accountant_opens_no_charity_federation():
    assert names("华兴公司总会计师王立出席。") == ["华兴公司"]


def test_the_adverb_zonghui_names_no_body():
    assert names("他总会第一个到岗。") == []


def test_a_bargaining_meeting_ending_in_shanghui_names_no_chamber():
    assert names("区总工会召开工资集体协商会，企业代表参加。") == ["区总工会"]
