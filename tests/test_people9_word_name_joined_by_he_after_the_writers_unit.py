"""A name that reads as a word (高峰) right after the writer's own unit and joined by 和 to
a name found (我院高峰和林某两位教师…): the unit's own news names its people there, as it
does in a 、 list (people8). Elsewhere 和 joins no such word to a name (会上，高峰和林某…
is left as the model reads it). Invented names and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾学院工会表彰优秀教职工\n\n本报讯 " + body
    return sorted(p.name for a in page_facts(text).articles for p in a.people)


def test_a_word_name_after_the_writers_unit_joined_by_he_is_a_person():
    body = "我院高峰和邝文涛两位教师荣获“省优秀工会积极分子”称号。"
    assert _people(body) == ["邝文涛", "高峰"]


def test_a_word_joined_by_he_with_no_unit_before_it_stays_no_person():
    body = "会上，安全和邝文涛的发言引起共鸣。我院高度重视和谐校园建设。"
    assert _people(body) == ["邝文涛"]
