"""A Uyghur or Kazakh name printed with a space for its middle dot (阿依古丽 吐尔洪) that
no reader saw is one person: opening a clause, an item of a list, or after a noun for
people or an honour; a part jieba reads as a Han word (热汗 of 热汗古丽) stays in the name,
and the word after it (受到) does not join it. A roll of Han names printed apart and two
places printed apart stay as they were. Invented names and events (s41, people25)."""

from __future__ import annotations

import importlib

from tests.conftest import page_facts


def _spaced_names(text: str) -> list[tuple[int, int]]:
    module = importlib.import_module("gonghui_build.extract.people.spaced_alone")
    return module.spaced_names(text, frozenset())


def _people(body: str) -> list[str]:
    text = "某州总工会举行劳模表彰大会\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_spaced_names_listed_after_a_colon():
    people = _people("获奖者有：阿依古丽 吐尔洪、马合木提 斯拉木。")
    assert people == sorted(["阿依古丽吐尔洪", "马合木提斯拉木"])


def test_a_spaced_name_opening_a_clause_before_a_verb():
    assert _people("会上，阿依古丽 吐尔洪作了发言。") == ["阿依古丽吐尔洪"]


def test_a_first_part_jieba_reads_as_a_han_word_stays_in_the_name():
    assert _people("劳模热汗古丽 依米尔来自阿克陶县。") == ["热汗古丽依米尔"]


def test_the_word_after_the_last_part_does_not_join_it():
    people = _people("环卫工人阿依古丽 吐尔洪、马合木提 斯拉木受到表彰。")
    assert people == sorted(["阿依古丽吐尔洪", "马合木提斯拉木"])


def test_a_spaced_name_after_a_post_holds_the_post():
    facts = page_facts("某区召开全委会\n\n本报讯 区总工会主席阿依古丽 吐尔洪出席会议。")
    posts = [(p.name, p.title) for a in facts.articles for p in a.positions]
    assert posts == [("阿依古丽吐尔洪", "主席")]


def test_a_roll_of_han_names_and_places_printed_apart_are_no_such_name():
    assert _people("获得称号的有：邬明华 蓝小燕 苗建国。") == sorted(["邬明华", "蓝小燕", "苗建国"])
    assert _spaced_names("考察了克拉玛依 独山子等地。") == []
    assert _spaced_names("邬明华 蓝小燕") == []


def test_the_spans_of_spaced_names_in_a_printed_line():
    text = "获奖者：阿依古丽 吐尔洪、余文华"
    assert _spaced_names(text) == [(4, 12)]
