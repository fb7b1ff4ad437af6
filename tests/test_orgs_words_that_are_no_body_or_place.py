"""Organisations on real pages (issue 10), round 14: words that are no body and places
that are no place. A suffix opening a common noun (区域性中心城市), a venue named by what
it houses (会议中心), a union's committee printed without its union (经审委员会), and
ordinary words that are also the short or full names of far-away districts (新建码头,
路桥, 某某西区项目) read as the place a bare 市总工会 or 区总工会 is of. Names, places,
people and events are invented, in the shapes of real web copies of union news."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.extract.organisations.units import with_units
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def _names(text: str) -> list[str]:
    tokens = tag_tokens(text)
    spans = with_model(text, find_org_spans(text, tokens), tokens, [])
    return [s.written for s in with_units(text, spans, tokens)]


def _resolved(text: str) -> set[tuple[str, str]]:
    facts = page_facts(text + "\n")
    return {(o.name_as_written, o.resolved.name) for a in facts.articles for o in a.orgs}


def test_a_verb_s_object_ending_in_a_central_city_is_no_body():
    assert _names("号召全市职工在加快建成桐川流域区域性中心城市中争创佳绩。") == []
    assert _names("为加快建设三省交界地带区域中心城市贡献职工力量。") == []
    assert _names("全省各地联合行动,在桐川市设立中心会场,其他市设立分会场。") == []
    assert _names("桐川县职工服务中心主任刘明远出席。") == ["桐川县职工服务中心"]


def test_a_meeting_or_sports_centre_where_an_event_is_held_is_a_venue_not_a_body():
    for text in (
        "3月2日,桐川市工会第十三次代表大会在桐川市会议中心开幕。",
        "市总工会全委(扩大)会议在市行政会务中心三楼会议室举行。",
        "4月9日,全区职工乒乓球比赛在桐川体育中心落幕。",
        "4月28日,全区庆祝“五一”劳动节大会在区行政中心大会堂举行。",
    ):
        assert [n for n in _names(text) if "中心" in n] == [], text


def test_a_union_s_audit_committee_printed_alone_is_no_body_of_its_own():
    found = _resolved(
        "10月11日,桐川县宏昌电子厂工会召开会员代表大会,选举产生新一届工会委员会和经审委员会。"
    )
    assert "经审委员会" not in {written for written, _ in found}
    assert ("桐川县宏昌电子厂工会", "桐川县宏昌电子厂工会") in found


def test_ordinary_words_that_name_far_districts_place_no_bare_city_federation():
    for text in (
        "2月14日,全市水利重点工程劳动竞赛总结会召开,市总工会副主席宋文杰出席。"
        "竞赛项目包括两处港区新建码头和配套仓储建设。",
        "市总工会、建设工会走进地铁、路桥、场馆等在建工地慰问一线职工。",
    ):
        found = dict(_resolved(text))
        assert found.get("市总工会") == "市总工会", found


def test_a_project_s_west_area_is_not_the_district_a_bare_district_federation_is_of():
    found = _resolved(
        "9月20日,市总工会副主席宋文杰一行到涪城区重点工程现场督导劳动竞赛,"
        "区总工会负责同志陪同。\n"
        "在青石大桥、安居西区安置房项目等工地,督导组表示,市、区总工会将继续支持竞赛。"
    )
    districts = {name for written, name in found if written == "区总工会"}
    assert districts == {"涪城区总工会"}


def test_a_literary_federation_and_a_military_sub_district_are_bodies():
    found = _resolved(
        "3月15日,桐川市工会第八次代表大会召开。桐川军分区司令员刘某某出席开幕式。\n"
        "县总工会联合县文联、县侨联开展书画送福进社区活动。"
    )
    written = {w for w, _ in found}
    assert {"桐川军分区", "县文联", "县侨联"} <= written
