"""A Tibetan worker goes by one name element of two characters (尼玛, 多吉), which the
model may read as a word (职工代表尼玛说: 尼玛/n). After a title, an occupation or a noun
for people and before a verb of saying (``people.yaml`` speech_verbs), the element is a
name. Without the noun before it, or before no verb of saying, nothing is read.
Invented names and events (s36, people15)."""

from __future__ import annotations

from gonghui_build.extract.people.occupations import composed_after_occupation
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾县总工会举办技能培训\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_one_element_after_a_workers_representative_and_before_saying_is_a_person():
    body = "3月2日，县总工会举办技能培训。职工代表尼玛说，培训让年轻人有了奔头。"
    assert _people(body) == ["尼玛"]


def test_one_element_without_a_noun_for_people_before_it_is_not_read():
    assert [h.name for h in composed_after_occupation("他们尼玛说得好。")] == []


def test_one_element_before_no_verb_of_saying_is_not_read():
    assert [h.name for h in composed_after_occupation("职工代表尼玛的发言很精彩。")] == []
