"""A name of two characters that is a word (高山, 金星) right after an occupation and
before a verb of saying (焊工高山说, 快递员金星告诉记者): only a person speaks there. A
frequent common noun (电工高手说) or a noun for people (焊工代表说) stays no person.
Invented names and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾县职工技能大赛落幕\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_word_name_after_an_occupation_before_a_verb_of_saying_is_a_person():
    assert _people("赛后，焊工高山表示，比赛让他学到了很多。") == ["高山"]
    assert _people("快递员金星告诉记者，今年收入翻了一番。") == ["金星"]


def test_a_common_noun_or_a_noun_for_people_before_saying_stays_no_person():
    assert _people("电工高手说，这活不难。") == []
    assert _people("焊工代表说，比赛让他学到了很多。") == []
