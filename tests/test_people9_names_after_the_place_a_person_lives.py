"""A name printed right after the place a person lives (家住某村的某某), which the model
misses when its given name is a common character (王山) or the name a word (金星): the
place says a person stands there, so the name is read as after a title, closed by a word
that follows names, jieba's next word that is no noun (今年, 因病) or a verb and its
particle. Nouns for people after a home (党员, 钟点工, 张家兄弟) stay no person.
Invented names, places and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾县总工会走访慰问困难职工\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_two_character_name_after_a_home_before_a_time_word_is_a_person():
    body = "家住北坡村的王山今年五十三岁，妻子常年卧病在床，县总工会送去慰问金。"
    assert _people(body) == ["王山"]


def test_a_two_character_name_after_a_home_before_a_follower_word_is_a_person():
    body = "家住南湾村的王山是一名护林员，去年冬天摔伤了腿。"
    assert _people(body) == ["王山"]


def test_a_name_that_is_a_word_after_a_home_before_a_verb_of_saying_is_a_person():
    body = "家住城西街道的金星说，工会帮他找到了新工作。"
    assert _people(body) == ["金星"]


def test_nouns_for_people_after_a_home_stay_no_person():
    bodies = [
        "家住北坡村的党员说，工会就是职工的娘家。",
        "家住北坡村的钟点工也赶来帮忙。",
        "家住北坡村的张家兄弟是村里的致富带头人。",
        "家住北坡村的高层住户反映电梯问题。",
    ]
    assert [_people(b) for b in bodies] == [[], [], [], []]
