"""Zone and system unions (session 35, orgs13): a union working committee of a
district's commission (区卫生健康委工会工作委员会), a zone's federation whose short form
jieba and the model cut at 经 (吴中经|开区总工会), and a park's joint union in a headline
whose verb of founding is no part of it. Seen on real pages of zone, park and system
unions (Suzhou, Beijing, Shanghai, Qingdao). Text, people and bodies are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.people.rosters import roster_line
from tests.conftest import page_facts
from tests.test_orgs_numbered_units_offices_and_left_edges import names


def _page_orgs(page: str) -> set[str]:
    return {o.resolved.name for a in page_facts(page).articles for o in a.orgs if o.resolved}


def test_a_union_working_committee_of_a_commission_is_one_body():
    assert names("区卫生健康委工会工作委员会将继续关心护理人员。") == ["区卫生健康委工会工作委员会"]


def test_a_union_working_committee_of_a_zone_is_a_federation():
    spans = find_org_spans("日前，淄博高新区工会工作委员会召开会议。")
    found = [(s.written, s.type.value) for s in spans]
    assert found == [("淄博高新区工会工作委员会", "union_federation")]


def test_a_commission_alone_keeps_its_name():
    assert names("区卫生健康委召开护理工作会议。") == ["区卫生健康委"]


def test_a_zones_federation_in_a_headline_keeps_the_zones_whole_name():
    page = "吴中经开区总工会举办夜市\n\n本报讯 端午节前夕，吴中经开区总工会举办产业工人夜市。\n"
    found = _page_orgs(page)
    assert "开区总工会" not in found
    assert "吴中经开区总工会" in found


def test_a_person_before_a_county_union_on_a_roster_line_is_still_read():
    line = roster_line("张建国 宜兴市总工会 主席")
    assert line is not None and line.body.written == "宜兴市总工会"


def test_a_verb_of_founding_in_a_headline_opens_no_name():
    page = "金桥产业园成立工会联合会\n\n本报讯 日前，通州区金桥产业园工会联合会成立。\n"
    found = _page_orgs(page)
    assert "金桥产业园成立工会联合会" not in found
    assert "通州区金桥产业园工会联合会" in found


def test_a_zones_joint_union_of_its_buildings_is_one_body():
    assert names("6月27日下午，青阳经开区楼宇联合工会在中环城成立。") == ["青阳经开区楼宇联合工会"]
    assert names("日前，苏州工业园区楼宇联合工会成立。") == ["苏州工业园区楼宇联合工会"]


def test_building_unions_of_no_named_zone_stay_a_kind():
    assert names("全区楼宇联合工会积极开展活动。") == []
    assert names("各楼宇联合工会积极开展活动。") == []
    assert names("该区楼宇工会开展活动。") == []
