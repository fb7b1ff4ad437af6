"""A Kazakh or Uyghur name of one part after an occupation (快递员叶尔波拉提说) is read
whole though jieba tags two of its syllables as a place its dictionary barely knows
(叶尔|波拉|提说: 波拉/ns): a rare place strictly inside the run, neither opening nor
closing it, is part of the name. A place the run would end with, or a well-known one,
still stops it. Invented names and events (s39, people21)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "乌鲁木齐市总工会为骑手送清凉\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_courier_name_holding_a_rare_place_is_read_whole():
    assert _people("快递员叶尔波拉提说，驿站解决了大家的后顾之忧。") == ["叶尔波拉提"]


def test_the_same_name_before_zai_stays_whole():
    assert _people("快递员叶尔波拉提在驿站喝水休息。") == ["叶尔波拉提"]


def test_a_county_after_a_worker_is_no_name():
    assert _people("外卖骑手在洛浦县送餐。环卫工人在喀什市清扫街道。") == []
