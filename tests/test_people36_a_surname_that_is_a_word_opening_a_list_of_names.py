"""A list of names whose first item's surname is also a word (和 'and': 自治区领导和某某、
某某、某某参加合影): the model reads the item without its surname; where jieba reads the
surname and the two characters after it as one name and the next name follows across
、, the item is the whole name. 和 as the conjunction before a list keeps out. Invented
names (s47, people36)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_he_surname_opening_a_leaders_list_is_read_with_the_name():
    body = "自治区领导和彦平、艾丽华、董恒林参加合影并出席大会。"
    assert _people(body) == ["和彦平", "艾丽华", "董恒林"]


def test_he_as_the_conjunction_before_a_list_of_names_is_no_surname():
    assert _people("市领导和李晓东、王芳等劳模合影留念。") == ["李晓东", "王芳"]
