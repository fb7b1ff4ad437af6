"""A list of names each closed by a note in brackets (王某（某厂）、李某（某公司）、…):
the item before a name found is read past its note, and a given name jieba reads as a
place (王|海洋/ns) after a surname it reads alone is a name still. A place jieba reads
whole (石家庄) before a name stays a place. Invented names, units and events (s41,
people25)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "某区表彰五一劳动奖章获得者\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_the_first_item_of_a_list_of_names_with_units_in_brackets():
    body = (
        "荣获区五一劳动奖章的有：王海洋（宏达机械厂）、李建国（东方纺织公司）、高峰（城南供电所）。"
    )
    assert _people(body) == sorted(["王海洋", "李建国", "高峰"])


def test_a_note_of_sex_in_brackets_closes_the_item():
    body = "荣获奖章的有：王海洋（女）、李建国（东方纺织公司）。"
    assert _people(body) == sorted(["王海洋", "李建国"])


def test_a_place_jieba_reads_whole_before_a_name_is_no_name():
    assert _people("考察团参观了石家庄、李建国（东方纺织公司）所在的车间。") == ["李建国"]
