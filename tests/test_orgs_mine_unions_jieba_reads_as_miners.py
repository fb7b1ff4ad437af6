"""A mine's union whose 矿 jieba joins to the union's 工 (矿工|会, a miner): the union is
the union of the mine named right before it, read on the text that ends at the mine's
suffix; a miner before 会 (老矿工会上), a generic reference (各矿工会, 该矿工会) and a
bare 矿工会 name no body. Invented mines, bureaus and sentences."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.vocabulary import OrgType


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_mines_union_after_its_bureau_is_the_whole_name():
    text = "月初，渭北矿务局赵石凹矿工会组织井下职工家属到采区慰问。"
    assert _names(text) == ["渭北矿务局赵石凹矿工会"]


def test_a_numbered_mine_of_a_bureau_names_its_union():
    spans = find_org_spans("安平矿务局三矿工会举办职工象棋比赛。")
    assert [s.written for s in spans] == ["安平矿务局三矿工会"]
    assert spans[0].type == OrgType.union


def test_a_mine_named_alone_names_its_union():
    assert _names("据悉，那岭矿工会为井下职工送去绿豆汤。") == ["那岭矿工会"]


def test_a_miner_or_a_generic_mine_names_no_union():
    assert _names("一名老矿工会上发言，讲述井下故事。") == []
    assert _names("局属各矿工会陆续开展送清凉活动。") == []
    assert _names("该矿工会主席说，今年要办好职工食堂。") == []
    assert _names("矿工会员们踊跃报名。") == []


def test_a_coal_mines_union_jieba_reads_whole_is_unchanged():
    assert _names("西岭煤矿工会举办职工运动会。") == ["西岭煤矿工会"]
