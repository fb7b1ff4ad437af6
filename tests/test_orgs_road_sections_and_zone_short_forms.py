"""Bodies seen on real pages of road-maintenance and development-zone union news (issue
10, session 27): a county's or city's road maintenance section (公路段, 公路管理段,
公路养护管理段, 公路养护总段) is a body, and so is its union (jieba cuts 段 off as a
measure word, which ended the union's name before it); a development zone printed by its
usual short form 经开区 (jieba reads 经 as a preposition and kept only 开区) opens its
federation's name whole. A count of sections and a section of road named by a
determiner stay no body. Text, people and places are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def found(text: str) -> list[tuple[str, str]]:
    return [(s.written, s.type.value) for s in find_org_spans(text)]


def test_a_road_section_visited_is_a_government_body():
    assert found("慰问组一行来到柳河公路段看望养护职工。") == [("柳河公路段", "government")]


def test_a_county_road_maintenance_section_is_read_whole():
    assert found("刘某一行赴青河县公路养护管理段开展慰问。") == [
        ("青河县公路养护管理段", "government")
    ]


def test_a_road_sections_union_is_one_union_with_its_section():
    assert found("近日，青山公路段工会慰问一线职工。") == [("青山公路段工会", "union")]


def test_a_count_of_road_sections_names_no_body():
    assert found("全市32个公路段参加竞赛。") == []


def test_a_stretch_of_road_named_by_a_determiner_names_no_body():
    assert found("该公路段全长三十公里。") == []


def test_a_zone_printed_by_its_short_form_opens_its_federation():
    assert found("近日，青溪经开区总工会开展送温暖活动。") == [
        ("青溪经开区总工会", "union_federation")
    ]


def test_a_zone_short_form_alone_before_its_federation_is_kept_whole():
    assert found("同时，经开区总工会还策划了送福活动。") == [("经开区总工会", "union_federation")]


def test_a_preposition_before_a_district_federation_stays_outside_the_name():
    assert found("经过区总工会协调，问题得到解决。") == [("区总工会", "union_federation")]
