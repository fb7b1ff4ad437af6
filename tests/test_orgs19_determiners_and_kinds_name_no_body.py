"""Words that pick some bodies or name a kind of firm are no body's name: a determiner
(部分 'some of') whose last character a branch union's suffix took in (某镇部|分工会) read
a union of the town; a determiner inside a walk (某区|所有|企业工会) is no part of a
name; a venture capital firm (风投公司, 风|投 to jieba) read as a state investment
company's short form (工投集团). Leads of s37 and s38 (orgs19). Text and events are
invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _written(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_some_of_a_towns_unions_are_no_branch_union():
    written = _written("工作组现场查看城东街道、三河镇和竹林镇部分工会驿站的运行情况。")
    assert not any("部分" in w for w in written)


def test_all_of_a_districts_unions_are_no_body():
    assert not any("所有" in w for w in _written("慰问组走访了东城区所有企业工会。"))


def test_a_named_branch_union_stays():
    assert "基础公司分工会" in _written("基础公司分工会邀请老师上课。")


def test_a_venture_capital_firm_is_no_company():
    assert "风投公司" not in _written("一家风投公司与街道工会联合会签订协议。")


def test_an_industrial_investment_group_stays():
    assert "市工投集团工会" in _written("市工投集团工会组织职工参加。")
