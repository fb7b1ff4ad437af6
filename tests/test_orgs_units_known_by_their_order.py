"""Units an enterprise knows by their order (issue 10, session 27): an oil field's
production plant, a drilling group's numbered company, a refinery printed after its
parent company (某石化公司第二炼油厂). The order between the unit's trade (or its
parent's name) and the unit's word is part of the name; a rank (第二名) or a count
before a bare suffix stays no body. Text, people and units are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_refinery_known_by_its_order_after_its_parent_is_one_name():
    found = names("他在青川石化公司第二炼油厂当了十年操作工。")
    assert found == ["青川石化公司第二炼油厂"]


def test_a_drilling_company_known_by_its_order_is_a_body():
    assert names("钻井三公司组织职工开展岗位练兵。") == ["钻井三公司"]


def test_a_numbered_companys_union_is_found_whole():
    assert names("钻井三公司工会为一线班组送去清凉。") == ["钻井三公司工会"]


def test_a_plant_known_by_its_order_under_its_oil_field_is_found_whole():
    assert names("青山油田采油五厂举办青工技能比武。") == ["青山油田采油五厂"]


def test_a_rank_and_a_bare_count_of_companies_name_no_body():
    assert names("他获得第二名，全市三公司均派员参加。") == []
