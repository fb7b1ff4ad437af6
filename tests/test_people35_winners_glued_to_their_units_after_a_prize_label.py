"""Winners printed right after their unit in a prize's list (二等奖：某建筑公司李某、
某电力公司高峰): where every item of the list is a unit ending in an organisation's
suffix and a name glued to it, a name that is also a word (高峰, the peak) is a person
as the Han names beside it are. A list with an item of another shape, and a unit whose
name ends in a name-shaped word, read no such name. Invented names and units (s46,
people35)."""

from __future__ import annotations

from gonghui_build.extract.people.prize_labels import glued_unit_names
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def _glued(text: str) -> list[str]:
    return [h.name for h in glued_unit_names(text)]


def test_a_worded_name_glued_to_its_unit_in_a_prize_list_is_a_person():
    body = "技能比武结果揭晓。二等奖：青禾建筑公司李晓东、青禾电力公司高峰。"
    assert _people(body) == ["李晓东", "高峰"]


def test_each_grade_after_a_semicolon_is_its_own_list():
    text = "一等奖：青禾电力公司高峰；三等奖：青禾机械厂林海、青禾建筑公司周建。"
    assert _glued(text) == ["高峰", "林海", "周建"]


def test_a_list_with_an_item_of_another_shape_reads_no_glued_name():
    assert _glued("二等奖：李晓东、青禾电力公司高峰。") == []
    assert _glued("二等奖：青禾电力公司、青禾建筑公司。") == []


def test_a_unit_with_no_prize_label_before_it_reads_no_glued_name():
    assert _glued("青禾电力公司高峰时段用电平稳。") == []


def test_a_name_of_mongolian_elements_glued_to_its_unit_is_a_winner():
    text = "二等奖：青禾电力公司朝克图、青禾煤业公司苏和巴雅尔、青禾机械厂周建。"
    assert _glued(text) == ["朝克图", "苏和巴雅尔", "周建"]
