"""A name after an approximate age (二十出头的仁增是…, 四十多岁的某某, 年过六旬的某某): the
age phrase and its 的 describe the person named next as an exact age does (52岁的王山),
so a short name the model reads there stands where names stand. Nouns after such a
phrase (年轻人, 老职工) stay no person, and 出头/旬 after no number say nothing.
Invented names, places and events (s36, people15)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾县总工会走访一线职工\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_two_character_name_after_just_over_an_age_is_a_person():
    assert _people("二十出头的仁增是他带的徒弟，刚进车间时连图纸都看不懂。") == ["仁增"]


def test_a_name_after_an_age_with_more_than_between_number_and_mark_is_a_person():
    assert _people("四十多岁的多吉是车间里的技术骨干。") == ["多吉"]


def test_nouns_after_an_approximate_age_stay_no_person():
    bodies = [
        "二十出头的年轻人占了一半。",
        "四十多岁的老职工说，工会帮了大忙。",
        "年过六旬的老人们也来了。",
    ]
    assert [_people(b) for b in bodies] == [[], [], []]


def test_just_over_after_no_number_says_nothing():
    assert _people("刚冒出头的仁增是他带的徒弟。") == []
