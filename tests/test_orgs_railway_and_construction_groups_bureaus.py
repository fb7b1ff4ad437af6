"""Bureaus of the central railway and construction groups (issue 10, session 27), seen on
six real pages of railway and union news: a group's numbered bureau (中铁九局, 中建六局)
is a company, not a government bureau, and its union (中铁九局工会, jieba reading
工会组织 as one word after it) is one union named by the bureau. A city's bureau stays a
government body. A province's trade federation whose own name holds 和 (石油和化学工业联合会)
is read whole. Text, people and events are invented; the groups' short names and the
federation's name are real (``org_suffixes.yaml``)."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.names import org_type


def names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_railway_groups_numbered_bureau_is_a_company():
    assert names("由中铁十局承建的青溪大桥昨日合龙。") == ["中铁十局"]
    assert org_type("中铁十局").value == "company"


def test_a_construction_groups_bureau_is_a_company():
    assert org_type("中建六局").value == "company"
    assert org_type("中铁大桥局").value == "company"


def test_the_union_of_a_numbered_bureau_is_found_whole():
    assert names("中铁九局工会组织职工参加安全培训。") == ["中铁九局工会"]


def test_a_citys_bureau_stays_a_government_body():
    assert org_type("青溪市交通局").value == "government"
    assert org_type("青溪市公安局").value == "government"


def test_a_provinces_trade_federation_whose_name_holds_and_is_read_whole():
    # 和 inside the federation's own name (石油和化学工业联合会) joins no two bodies
    assert names("本次竞赛由桐川省石油和化学工业联合会主办。") == ["桐川省石油和化学工业联合会"]


def test_and_between_two_named_bodies_still_parts_them():
    found = names("柳河化工公司和桐川钢铁公司派队参加。")
    assert found == ["柳河化工公司", "桐川钢铁公司"]
