"""Where an organisation's name starts when a word of the sentence stands right before
the place that opens it: a common verb or adjective (成为, 困难), alone or with a kind of
body after it (困难企业), is the sentence's, not the body's; a company's trade word after
its brand (快递, 服务), rare in jieba's dictionary or a verbal noun, stays in the name.
Invented sentences, people and companies; the districts are real (``divisions.yaml``)."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_kind_of_company_before_its_district_is_no_part_of_its_name():
    text = "随后，检查组来到困难企业延庆区明禾纸业有限公司，了解生产情况。"
    assert _names(text) == ["延庆区明禾纸业有限公司"]


def test_a_verb_glued_to_a_persons_name_does_not_open_the_station():
    text = "副局长田雨成为怀柔区总工会职工法律援助工作站揭牌。"
    assert _names(text) == ["怀柔区总工会职工法律援助工作站"]


def test_a_brands_trade_word_before_its_branch_place_stays_in_the_name():
    assert _names("当天，代表们走进星禾快递顺义营业部。") == ["星禾快递顺义营业部"]
    text = "他们参观了华岳城市服务集团有限公司延庆分公司。"
    assert _names(text) == ["华岳城市服务集团有限公司延庆分公司"]
