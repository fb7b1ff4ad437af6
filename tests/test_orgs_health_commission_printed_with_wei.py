"""A health commission printed with its two fields whole and 委 alone (某市卫生健康委, the
form the commission's own site prints) is one body under its full name
(卫生健康委员会), as 卫健委 is; 委 opening a word (委托) names no commission.
Invented places, bodies and people."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.test_org_real_shapes import article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_health_commission_among_organisers_is_found_beside_the_union():
    text = "由松溪市总工会和松溪市卫生健康委共同主办的护理技能竞赛日前落幕。"
    assert _names(text) == ["松溪市总工会", "松溪市卫生健康委"]


def test_the_commission_printed_with_wei_takes_its_full_name():
    found = article_orgs("松溪县卫生健康委副主任柴文斌一行到县医院慰问医务人员。")
    assert ("松溪县卫生健康委", "松溪县卫生健康委员会") in found


def test_the_commission_printed_in_full_is_read_whole():
    assert _names("松溪县卫生健康委员会主任柴文斌讲话。") == ["松溪县卫生健康委员会"]


def test_health_words_before_a_word_opening_with_wei_name_no_commission():
    assert _names("要做好卫生健康委托服务工作。") == []
    assert article_orgs("社区做好卫生健康委托事项的办理。") == []
