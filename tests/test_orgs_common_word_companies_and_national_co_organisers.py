"""Bodies the grammar alone missed on real union-news pages (issue 10): a registered
company whose brand and trade jieba knows as common words, national bodies that
co-organise union campaigns by their own short forms, and a name the model reads
further left than jieba's words allow. Names, places and people are invented, but for
the national bodies, which are the reference data's."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def _mentions(text):
    facts = page_facts(text)
    return {(o.name_as_written, o.resolved.name) for a in facts.articles for o in a.orgs}


def test_a_registered_company_of_common_words_names_one_company():
    names = [s.written for s in find_org_spans("工作组参观了鸿运金属有限公司、恒禾材料有限公司。")]
    assert names == ["鸿运金属有限公司", "恒禾材料有限公司"]


def test_a_registered_form_after_generic_words_names_no_company():
    assert find_org_spans("各类企业有限公司要落实主体责任。") == []


def test_national_co_organisers_are_found_by_their_own_short_forms():
    found = _mentions("大赛由全国总工会、人力资源社会保障部、工信部联合主办，中宣部指导。")
    assert ("人力资源社会保障部", "人力资源社会保障部") in found
    assert ("工信部", "工信部") in found
    assert ("中宣部", "中宣部") in found
    assert ("全国总工会", "中华全国总工会") in found


def test_a_department_of_a_city_is_not_a_ministry():
    found = _mentions("市教育部门、财政部门负责落实补贴。")
    assert not any(w in ("教育部", "财政部") for w, _ in found)


def test_the_models_longer_start_of_a_name_is_kept_when_jieba_cut_it_short():
    # jieba reads 经 of 经开区 (a development zone's short form) as a preposition; the
    # grammar now reads the zone whole too (zone_short_forms), and the model keeps it
    text = "经开区检察院检察长出席揭牌仪式。"
    tokens = tag_tokens(text)
    grammar = find_org_spans(text, tokens)
    assert [s.written for s in grammar] == ["经开区检察院"]
    assert [s.written for s in with_model(text, grammar, tokens, [])] == ["经开区检察院"]
