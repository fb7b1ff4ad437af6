"""A mine named after a place opening with 下 or 上 (下石峪, printed right after its
group's whole name: 某煤业集团公司下石峪煤矿工会) keeps the character and its group: jieba
cuts 下 off as a locative and the walk from the mine's suffix stopped there, so the
mine's union was read as 石峪煤矿工会, apart from its group. Near misses: 下属, 下辖, 下拨
(words of their own), and 下井 (a verb of the miners' work) open no name. Invented
bodies."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_the_mines_union_keeps_its_place_and_group():
    found = first_article_resolved("晋西煤业集团公司下石峪煤矿工会开展安全活动。")
    assert "晋西煤业集团公司下石峪煤矿工会" in found
    assert "石峪煤矿工会" not in found


def test_a_mine_after_its_group_with_an_award():
    found = first_article_resolved("晋西煤业集团公司下石峪煤矿荣获全国五一劳动奖状。")
    assert "晋西煤业集团公司下石峪煤矿" in found


def test_the_groups_subordinate_mines_are_no_name():
    found = first_article_resolved("晋西煤业集团公司下属煤矿工会开展安全活动。")
    assert not any(name.endswith("下属煤矿工会") for name in found)


def test_going_down_the_pit_opens_no_name():
    found = first_article_resolved("晋西煤业集团公司下井慰问一线矿工。")
    assert found == {"晋西煤业集团公司"}


def test_a_federation_allotting_funds_opens_no_name():
    found = first_article_resolved("晋西煤业集团公司工会下拨资金慰问困难职工。")
    assert found == {"晋西煤业集团公司工会"}
