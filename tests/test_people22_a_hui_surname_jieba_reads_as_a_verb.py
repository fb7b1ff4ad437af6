"""Surnames of Hui families of the north-west (摆, 拜, 撒) that jieba reads as verbs
(摆放, 拜访, 撒播), before a given name that is an ordinary word jieba tags a name, a
place or a time (国庆/t, 建国/ns, 向阳/nr), after a union's title and before a word
that follows names: 县总工会主席摆国庆介绍. The title's verb and its object stay no
name (主席来基层调研, 主席来宁夏调研, 主席拜会了…, 主席来今年…). Invented names (s39,
people22)."""

from __future__ import annotations

from gonghui_build.extract.people.verb_surnames import verb_read_surname
from tests.conftest import news_page, page_facts


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    article = page_facts(news_page(body)).articles[0]
    return {(p.name, p.title_normalised, p.org.name if p.org else None) for p in article.positions}


def _names(body: str) -> set[str]:
    return {p.name for a in page_facts(news_page(body)).articles for p in a.people}


def test_bai_before_a_time_word_given_name_after_a_title():
    assert _posts("县总工会主席摆国庆介绍，今年共慰问困难职工200户。") == {
        ("摆国庆", "主席", "县总工会")
    }


def test_bai_before_a_place_word_given_name_after_a_title():
    assert _posts("县总工会副主席拜建国出席并讲话。") == {("拜建国", "副主席", "县总工会")}


def test_sa_before_a_name_word_given_name_after_a_title():
    assert _posts("县总工会主席撒向阳介绍了活动情况。") == {("撒向阳", "主席", "县总工会")}


def test_the_titles_verb_and_a_noun_is_no_name():
    assert _names("县总工会主席来基层调研，了解职工需求。") == set()


def test_the_titles_verb_and_a_province_is_no_name():
    assert _names("县总工会主席来宁夏调研。") == set()
    assert not verb_read_surname("县总工会主席来宁夏调研。", 6)


def test_a_verb_of_going_and_a_region_or_a_country_is_no_name():
    assert not verb_read_surname("县总工会主席来西北调研。", 6)
    assert _names("县总工会主席来中国出席论坛。") == set()


def test_the_titles_verb_and_a_frequent_time_word_is_no_name():
    assert not verb_read_surname("公司工会主席来今年介绍", 6)


def test_a_two_character_verb_is_no_surname():
    assert _names("县总工会主席拜会了劳模代表。") == set()
