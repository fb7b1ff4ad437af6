"""A body's unit printed right after the body's whole name (a hospital's section, a
court's division, a company's team or workshop, a federation's department by its short
name) is the organisation the text names, in award lists and before posts; a city's
federation is not a short form of one of its districts' (issue 10). Names, places and
people are invented, in the shapes of real award lists and union news."""

from __future__ import annotations

from gonghui_build.extract.organisations.abbreviations import is_abbreviation
from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.extract.organisations.units import with_units
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def _names(text: str) -> list[str]:
    tokens = tag_tokens(text)
    spans = with_model(text, find_org_spans(text, tokens), tokens, [])
    return [s.written for s in with_units(text, spans, tokens)]


def test_a_section_before_a_post_is_the_organisation_named():
    assert _names("会议由桐川区人力资源和社会保障局劳动关系科科长主持。") == [
        "桐川区人力资源和社会保障局劳动关系科"
    ]
    assert _names("桐川县人民医院妇产科主任医师韩某讲课") == ["桐川县人民医院妇产科"]
    assert _names("桐川县人民法院民一庭法官到场。") == ["桐川县人民法院民一庭"]


def test_teams_and_workshops_of_an_award_list_are_named_whole():
    lines = [
        "桐川市自来水有限公司管网抢修队",
        "桐川港宏达码头有限公司装卸二队",
        "桐川精密带钢有限公司热轧作业区甲班",
    ]
    for line in lines:
        assert _names(line) == [line], line
    assert _names("授予桐川精密带钢有限公司热轧作业区甲班等3个班组称号") == [
        "桐川精密带钢有限公司热轧作业区甲班"
    ]


def test_a_unit_before_an_occupation_ends_before_it():
    assert _names("桐川重型机械有限公司铸锻分厂电焊工王某夺冠") == ["桐川重型机械有限公司铸锻分厂"]


def test_people_and_determiners_after_a_body_are_no_unit():
    for text in ("桐川县总工会全部干部", "桐川市总工会全体干部职工", "桐川县总工会各部门"):
        assert _names(text) == [text[:5] if text[4] == "会" else text[:6]], text
    assert _names("桐川集团党委书记李某") == ["桐川集团"]


def test_a_federation_s_department_by_its_short_name_resolves_to_the_city_s():
    facts = page_facts("桐川市总工会宣教部有关负责人介绍,活动已开展三年。\n")
    resolved = {(o.name_as_written, o.resolved.name) for a in facts.articles for o in a.orgs}
    assert ("桐川市总工会宣教部", "桐川市总工会宣教部") in resolved


def test_a_city_federation_is_no_short_form_of_its_district_s():
    assert not is_abbreviation("桂林市总工会", "桂林市七星区总工会")
    assert is_abbreviation("张掖市总工会", "甘肃省张掖市总工会")


def test_a_city_federation_guiding_a_district_s_keeps_its_own_name():
    text = "桂林市七星区总工会在桂林市总工会的支持下,为环卫职工办理体检。\n"
    facts = page_facts(text)
    names = {o.resolved.name for a in facts.articles for o in a.orgs}
    assert {"桂林市总工会", "桂林市七星区总工会"} <= names


def test_a_works_before_a_team_head_s_post_is_the_organisation_named():
    assert _names("刘某 河北青钢特钢有限公司炼钢厂炉长") == ["河北青钢特钢有限公司炼钢厂"]


def test_a_predicate_after_a_body_is_no_unit():
    assert _names("区党校青年学堂正式开班") == ["区党校"]
