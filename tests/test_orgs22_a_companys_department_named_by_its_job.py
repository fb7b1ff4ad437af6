"""A company's department named by its job, which jieba reads as a verb (配送|中心,
超市|事业部), printed right after the whole company's name: the union group or union of
a team in that department is one body named from the company (award lists of workers'
small homes), not a nameless 中心…工会小组. A job verb before a word that is no
department still ends the name. Invented companies."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_union_group_in_a_delivery_centre_is_named_from_its_company():
    found = first_article_resolved(
        "聊城顺捷物流集团有限公司配送中心城西车队工会小组被评为“全国模范职工小家”。"
    )
    assert "聊城顺捷物流集团有限公司配送中心城西车队工会小组" in found
    assert "中心城西车队工会小组" not in found


def test_a_shops_union_in_a_business_division_is_named_from_its_company():
    found = first_article_resolved("聊城百润商贸股份有限公司超市事业部中心店工会被评为先进集体。")
    assert "聊城百润商贸股份有限公司超市事业部中心店工会" in found
    assert "事业部中心店工会" not in found


def test_a_company_then_a_verb_of_the_sentence_stays_apart():
    found = first_article_resolved("顺捷物流集团有限公司配送货物到城西车队。")
    assert not any(name.endswith("车队") and "集团" in name for name in found)
