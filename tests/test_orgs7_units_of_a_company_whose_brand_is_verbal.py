"""A unit of a registered company printed after it (某某有限公司某地营业部, …分公司): the
company's brand and trade may be any words (an adjective, a verb: 明达|速递), whatever unit
of it the name ends with, as they may before the registered form itself. Invented
sentences, people and companies; the districts are real (``divisions.yaml``)."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_branch_office_after_a_company_with_a_verbal_brand_is_read_whole():
    text = "北京明达速递有限公司顺义营业部快递员王小东获得一等奖。"
    assert _names(text) == ["北京明达速递有限公司顺义营业部"]


def test_a_branch_company_after_a_company_with_a_verbal_brand_is_read_whole():
    text = "他们参观了北京明达速递有限公司延庆分公司。"
    assert _names(text) == ["北京明达速递有限公司延庆分公司"]


def test_the_company_alone_before_a_conjunction_stays_itself():
    text = "会上，北京明达速递有限公司和顺义区总工会签订协议。"
    assert _names(text) == ["北京明达速递有限公司", "顺义区总工会"]


def test_a_unit_whose_name_would_open_with_the_registered_form_is_no_name():
    text = "北京快达配送有限公司朝阳营业部快递员李强获得第一名。"
    assert "有限公司朝阳营业部" not in _names(text)
