"""Firms listed by their short names (brand + trade, no registered form) before
``等N家企业`` are companies; the members of lists of kinds (机关、学校等单位,
国有、民营等企业, trades) are none. Invented firms, people and events."""

from __future__ import annotations

from gonghui_build.resolve.organisations import OrgCorpus, gather_article
from gonghui_build.vocabulary import OrgType
from tests.conftest import page_facts


def _types(text: str) -> dict[str, OrgType]:
    corpus = OrgCorpus()
    for k, facts in enumerate(page_facts(text).articles):
        gather_article(corpus, facts, f"a{k}")
    return {e["name"]: e["type"] for e in corpus.entries.values()}


def _article(body: str) -> str:
    return f"某区职工简讯\n\n本报讯 {body}\n"


def test_short_names_listed_before_a_count_of_enterprises_are_companies():
    types = _article("7月3日，慰问组先后走访了翠岭纺织、鸿晟新材料等6家企业，送去防暑用品。")
    found = _types(types)
    assert found.get("翠岭纺织") == OrgType.company
    assert found.get("鸿晟新材料") == OrgType.company


def test_a_listed_firm_named_in_full_is_read_once_by_the_grammar():
    found = _types(
        _article("慰问组走进青禾丰达电器有限公司、翠岭纺织等多家高温作业企业，看望一线职工。")
    )
    assert found.get("青禾丰达电器有限公司") == OrgType.company
    assert found.get("翠岭纺织") == OrgType.company
    assert not any(name.startswith("、") or "等" in name for name in found)


def test_lists_of_kinds_of_bodies_name_no_organisation():
    found = _types(
        _article(
            "慰问组走进机关、学校、社区等单位，又深入国有、民营等各类企业，"
            "并走访了机械制造、化工生产等20家企业。"
        )
    )
    assert not {"机关", "学校", "社区", "国有", "民营", "机械制造", "化工生产"} & set(found)


def test_people_listed_before_a_count_of_enterprises_workers_are_no_firms():
    found = _types(_article("慰问组看望了韦立森、孙晓东、赵一鸣等企业职工，送去慰问品。"))
    assert not {"韦立森", "孙晓东", "赵一鸣"} & set(found)
