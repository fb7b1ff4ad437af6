"""A name right after a person's age (52岁的王山是…, 今年四十八岁的高山…): the age and its
的 describe the person named next, as the place a person lives does, so a name the model
misses there (a common given name, a name that is a word) is read as after a home. A noun
after an age (老职工, 高龄, 女儿, 时候) stays no person, and so does a student speaking
(家住某村的高中生说): nouns for students are nouns for people, never names.
Invented names, places and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾县总工会走访慰问困难职工\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_two_character_name_after_an_age_is_a_person():
    assert _people("52岁的王山是一名焊工，在厂里干了三十年。") == ["王山"]


def test_a_name_that_is_a_word_after_an_age_in_chinese_numerals_is_a_person():
    assert _people("今年四十八岁的高山是县里的技术能手。") == ["高山"]
    assert _people("今年48岁的金星是一名环卫工人。") == ["金星"]


def test_nouns_after_an_age_stay_no_person():
    bodies = [
        "52岁的老职工说，工会帮了大忙。",
        "今年五十岁的高龄仍在一线。",
        "她10岁的女儿正在读书。",
        "他在30岁的时候进了厂。",
        "年满18周岁的职工均可报名。",
    ]
    assert [_people(b) for b in bodies] == [[], [], [], [], []]


def test_a_student_speaking_after_a_home_or_an_age_is_no_person():
    assert _people("家住北坡村的高中生说，工会的助学金帮了她。") == []
    assert _people("18岁的高中生说，想考大学。") == []


def test_a_name_whose_given_name_is_a_word_after_an_age_is_a_person():
    assert _people("今年50岁的金海洋，是厂里的技术骨干。") == ["金海洋"]


def test_a_surname_and_a_title_after_a_home_or_an_age_is_no_name_of_two_characters():
    assert _people("家住北坡村的刘主任说，今年要修路。") == []
    assert _people("她把50岁的金项链，送给了女儿。") == []
