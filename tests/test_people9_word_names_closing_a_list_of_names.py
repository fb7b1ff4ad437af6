"""The last items of a 、 list of names that read as words (高山, 金星), closed by the
sentence's end after two names of the list or more (荣获…的有：甲、乙、高山。), or by 为 and
a post in an election's sentence (选举甲、乙、高原为副主席): the names before say what the
list holds. A common noun (高层, 高炉) closing a list stays no person, and so does a word
after a list that holds one name only. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾县总工会表彰先进职工\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_words_closing_a_list_of_honoured_names_at_the_sentence_end_are_people():
    body = "4月28日，青禾县总工会召开表彰大会。荣获县劳动模范称号的有：邝文涛、石磊、高山、金星。"
    assert _people(body) == ["邝文涛", "石磊", "高山", "金星"]


def test_a_word_named_to_a_post_after_two_names_of_the_list_is_a_person():
    body = "5月6日，青禾县总工会召开全委会，选举邝文涛、石磊、高原为副主席。"
    assert sorted(_people(body)) == sorted(["邝文涛", "石磊", "高原"])


def test_common_nouns_closing_a_list_of_names_stay_no_people():
    talk = "座谈会上，参加座谈的有邝文涛、聂卫国、周海燕、高层。"
    visit = "邝文涛、聂卫国参观了车间、展厅、高炉。"
    assert "高层" not in _people(talk)
    assert _people(visit) == ["邝文涛", "聂卫国"]


def test_a_word_after_a_list_of_one_name_stays_no_person():
    body = "荣获县劳动模范称号的邝文涛、高山。"
    assert "高山" not in _people(body)
