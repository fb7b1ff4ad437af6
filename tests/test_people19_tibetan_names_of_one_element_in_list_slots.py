"""Tibetan workers go by one name element (普某, 拉某) or two (旦某某某), which the model
misses where they stand in a list's slots: a contest's results (藏式木雕组的拉某；),
after a name and 、 or 和 (甲和普某。), after an occupation before a word that follows
names (唐卡画师扎某在). Read there from ``people.yaml`` name_elements; after a
conjunction only a name of elements is read (甲和同事们 joins no name), and a team's 的
before an element that runs into a word (格桑花) reads none. Invented names and events
(s38, people19)."""

from __future__ import annotations

from gonghui_build.extract.people.name_lists import listed_after
from gonghui_build.text import tokenizer
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "日喀则市总工会举办职工技能大赛\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def _listed(text: str, end: int) -> list[str]:
    return [name for name, _ in listed_after(text, end, list(tokenizer.tag_tokens(text)))]


def test_names_of_elements_after_a_teams_de_and_after_he_are_people():
    body = "获得一等奖的选手包括电工组的刘海峰，藏式木雕组的旦增曲扎和普布。"
    assert sorted(_people(body)) == sorted(["刘海峰", "旦增曲扎", "普布"])


def test_one_element_after_a_teams_de_closing_a_list_is_a_person():
    body = "获得二等奖的选手包括焊工组的蒋文涛、藏式木雕组的拉巴。"
    assert sorted(_people(body)) == sorted(["蒋文涛", "拉巴"])


def test_two_workers_of_one_element_joined_by_he_are_two_people():
    # once read 布和格桑: 布和 (a Mongolian element) and 格桑 across the conjunction
    assert _people("藏族职工普布和格桑参加了比赛。") == ["普布", "格桑"]


def test_one_element_listed_after_a_name_with_a_list_mark_is_a_person():
    assert _listed("一等奖2名：刘海峰、普布。", 9) == ["普布"]


def test_one_element_after_an_occupation_before_zai_is_a_person():
    assert _people("图为唐卡画师扎巴在工作室为学徒示范上色技法。") == ["扎巴"]


def test_a_word_after_he_is_no_listed_name():
    assert _listed("刘海峰和同事们一起参加。", 3) == []
    assert _listed("刘海峰和乌兰察布市的职工一起参加。", 3) == []


def test_an_element_running_into_a_word_after_a_teams_de_is_no_name():
    assert _people("兴趣小组的格桑花开得正艳。") == []
    assert _people("技术班组的建设和管理走在前列。") == []
