"""Transliterated names whose parts are runs of known Uyghur elements (``people.yaml``
transliterated_name_elements: 阿不都, 热合曼, 热依汗, 古丽), which the model and jieba cut
at a character that is also a word (阿不|都热合曼: 都 'all', 热合 a verb), read with the
title before them (护士长|热依汗), or read alone before the rest (阿不都|热合曼·…).
Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.transliterated_elements import (
    element_run_end,
    element_run_start,
    through_elements,
)
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "自治区职工表彰大会举行\n\n" + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_last_part_of_elements_is_read_whole_before_a_follower():
    body = "本报讯 自治区政协主席努尔江·阿不都热合曼，副主席王立强出席会议。"
    assert sorted(_people(body)) == sorted(["努尔江·阿不都热合曼", "王立强"])


def test_a_first_element_read_with_the_title_before_it_is_given_back_to_the_name():
    body = "本报讯 获奖代表、青河县人民医院护士长热依汗古丽·吾斯曼说，要扎根基层。"
    facts = page_facts("自治区职工表彰大会举行\n\n" + body)
    assert [p.name for a in facts.articles for p in a.people] == ["热依汗古丽·吾斯曼"]
    posts = {(p.name, p.title_normalised) for a in facts.articles for p in a.positions}
    assert ("热依汗古丽·吾斯曼", "护士长") in posts


def test_a_first_part_the_model_read_alone_runs_on_across_the_dot():
    body = "本报讯 自治区总工会副主席阿不都热合曼·吐尔逊在会上讲话。"
    assert _people(body) == ["阿不都热合曼·吐尔逊"]


def test_element_runs_are_read_longest_first_and_stop_at_other_characters():
    text = "主席阿不都热合曼出席"
    assert element_run_end(text, 2) == 8
    assert element_run_end(text, 0) == 0  # 主席 is no element
    assert element_run_start("护士长热依汗古丽", 8) == 3


def test_a_span_of_no_elements_or_with_no_dot_after_is_left_as_it_was():
    assert through_elements("主席王立强在会上讲话", 2, 5) == (2, 5)
    assert through_elements("副主席阿不都热合曼在会上讲话", 3, 6) == (3, 6)  # no dot


def test_names_already_read_whole_keep_their_span():
    body = (
        "本报讯 乌鲁木齐市总工会主席艾力·买买提和副主席王立强出席。职工库尔班·吐尔逊说，这是荣誉。"
    )
    assert sorted(_people(body)) == sorted(["艾力·买买提", "王立强", "库尔班·吐尔逊"])
