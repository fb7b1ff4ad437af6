"""A name after a trade's young man (快递小哥某某说, ``titles.yaml`` person_nouns: 小哥) is
read where names stand after a noun for people: a Mongolian name of an element and a final
syllable there is read whole (朝鲁门 was cut to 鲁门). Invented names (s47, people36)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_name_of_an_element_and_a_final_after_a_couriers_young_man_is_whole():
    assert _people("快递小哥朝鲁门说，工会送来了清凉。") == ["朝鲁门"]


def test_a_han_name_after_a_couriers_young_man_stays():
    assert _people("快递小哥李晓东说，工会送来了清凉。") == ["李晓东"]
