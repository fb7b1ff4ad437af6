"""A company whose trade jieba reads as a verb (某某配送公司, 某某服务公司) keeps its name
before a branch printed right after it (某某配送公司宁河分公司): the branch is one body,
not the bare 公司 of the branch's walk; two companies with a word between stay two.
Invented companies and people."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_branch_after_a_company_named_by_a_trade_verb_is_the_whole_company_s():
    found = first_article_resolved("江南美食配送公司宁河分公司外卖配送员朱小燕分享了入会的感受。")
    assert "江南美食配送公司宁河分公司" in found
    assert "公司宁河分公司" not in found


def test_two_companies_with_a_word_between_stay_two():
    found = first_article_resolved("江南美食配送公司和宁河运输公司联合开展安全培训。")
    assert "江南美食配送公司" in found
    assert not any(name.startswith("江南美食配送公司") and "运输" in name for name in found)
