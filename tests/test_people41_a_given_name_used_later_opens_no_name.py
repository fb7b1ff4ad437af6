"""A profile names its person once in full and then by the given name (成林 of 温成林):
the given name's last character read as a surname with the words after it (成林|常挂在
嘴边, 林常挂) is no one new. A name printed alone after another person's name stays a
name. Invented names and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "一条线路的守护人\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_name_read_from_inside_a_given_name_used_later_is_no_one_new():
    body = "巡线工温成林已在山里走了二十年。“安全没有小事。”这是成林常挂在嘴边的话。"
    assert _people(body) == ["温成林"]


def test_the_same_name_printed_on_its_own_stays_a_person():
    body = "巡线工温成林已在山里走了二十年。徒弟林常挂说，师傅从不马虎。"
    assert _people(body) == ["温成林", "林常挂"]
