"""A Mongolian name of three characters whose second is the r of a closed syllable
(``people.yaml`` mongolian_r_syllables: 日) runs to its third character after a post, even
where that one is 和 before a word that follows names (副主席格日和在会上讲话): the r is no
name's last character. A character and 日 jieba reads as a word (今日, 节日) names no one.
Invented names (s47, people36)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.people.composed import r_syllable_name
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


@pytest.mark.parametrize("name", ["格日和", "图日和"])
def test_a_name_with_r_and_he_after_a_post_is_read_whole(name):
    assert _people(f"自治区总工会副主席{name}在会上讲话。") == [name]


@pytest.mark.parametrize(
    "body", ["市总工会主席昨日和职工座谈。", "市总工会副主席节日和在岗职工一起度过。"]
)
def test_a_day_word_after_a_post_names_no_one(body):
    assert _people(body) == []


def test_r_syllable_name_needs_a_follower_after_the_third_character():
    assert r_syllable_name("格日和在会上", 0) == 3
    assert r_syllable_name("格日和平安", 0) is None
