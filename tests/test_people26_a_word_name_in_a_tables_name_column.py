"""A table of people under a row of column heads naming the name's column (序号 姓名 单位)
prints a person's name in that column, whatever the name means as a word: 高峰 (a peak),
周密 (careful), 王海洋 (the sea as a given name), which the model misses in a row of a
number and a unit alone. The heads are the signal; without them, or in a cell that is a
post or a frequent word, nothing is read. Invented names and rows (s41, people26)."""

from __future__ import annotations

from gonghui_build.extract.people.name_columns import name_column
from tests.conftest import page_facts


def _people(text: str) -> list[str]:
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


_ROWS = "1　高峰　青禾钢铁集团\n2　周密　青禾供电公司\n3　王海洋　青禾公交公司\n"


def test_word_names_under_a_name_column_are_people():
    text = "2024年职工技能大赛获奖名单\n\n序号　姓名　单位\n" + _ROWS
    assert _people(text) == ["周密", "王海洋", "高峰"]


def test_the_name_column_need_not_come_second():
    rows = "青禾钢铁集团　高峰　一等奖\n青禾供电公司　周密　二等奖\n青禾公交公司　何建新　三等奖\n"
    text = "2024年职工技能大赛获奖名单\n\n单位　姓名　奖项\n" + rows
    assert {"高峰", "周密"} <= set(_people(text))


def test_a_row_of_heads_names_its_name_column():
    assert name_column("序号姓名单位") == (1, 3)
    assert name_column("序号 姓名 工作单位及职务") == (1, 3)
    assert name_column("序号单位工种") is None  # no name's column
    assert name_column("获奖名单") is None  # no heads


def test_the_same_rows_without_heads_read_no_word_name():
    text = "2024年职工技能大赛获奖名单\n\n本报讯 获奖职工如下。\n" + _ROWS
    assert "高峰" not in _people(text)


def test_a_frequent_word_or_a_post_in_the_name_column_is_no_person():
    rows = "1　代表　青禾钢铁集团\n2　班长　青禾供电公司\n3　何建新　青禾公交公司\n"
    text = "2024年职工技能大赛获奖名单\n\n序号　姓名　单位\n" + rows
    assert _people(text) == ["何建新"]
