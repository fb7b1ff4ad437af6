"""A title followed by a verb that is also a surname (谈) and its object (主席谈建家经验)
names no one: the title's holder speaks; a name after the same surname, closed by a
word that follows names, stays a person. Invented names, bodies and topics."""

from __future__ import annotations

from gonghui_build.extract.people.rules import titled_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def _titled(text: str) -> list[str]:
    return [h.name for h in titled_names(text, tag_tokens(text))]


def test_a_verb_surname_and_its_object_after_a_title_name_no_one():
    assert _titled("矿区工会主席谈建家经验。") == []
    assert _titled("工会主席谈建家心得。") == []


def test_a_topic_closed_by_de_after_a_title_of_no_particular_body_names_no_one():
    assert _titled("基层工会主席谈建家的做法和体会。") == []


def test_a_name_with_a_verb_surname_closed_by_a_follower_word_stays_a_person():
    assert _titled("区总工会主席谈永清出席会议。") == ["谈永清"]
    assert _titled("工会主席祝海峰说，今年要办好十件实事。") == ["祝海峰"]
    assert _titled("青禾区总工会主席谈丽华的讲话很有感染力。") == ["谈丽华"]


def _people(text: str) -> set[str]:
    return {p.name for a in page_facts(text).articles for p in a.people}


def test_a_word_after_a_surname_and_title_address_is_the_addressed_persons_verb():
    text = "本报讯 社区开展助老活动。“宁主席张罗的这支队伍，大家都愿意参加。”志愿者杭雨桐说。"
    assert _people(text) == {"杭雨桐"}


def test_a_name_after_a_body_and_title_stays_a_person_though_it_is_a_word():
    assert _people("本报讯 区总工会主席张罗出席会议。") == {"张罗"}
