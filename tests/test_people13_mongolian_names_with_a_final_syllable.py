"""A Mongolian name of one known element and a final syllable (乌力吉图: ``people.yaml``
name_elements holds 乌力吉) is read whole after an occupation or a collective noun and
first in a list, where the element alone cut it short; an element before a word that
closes a given name (也, 们) or a word that follows names stays as it is. Invented names
and events."""

from __future__ import annotations

import pytest

from gonghui_build.extract.people.composed import composed_name
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "市总工会召开座谈会\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("职工乌力吉图说，工会帮了大忙。", ["乌力吉图"]),
        ("电工乌力吉图带领班组连夜抢修。", ["乌力吉图"]),
        ("乌力吉图、宋玉梅等5名职工荣获自治区五一劳动奖章。", ["乌力吉图", "宋玉梅"]),
    ],
)
def test_an_element_and_its_final_syllable_are_one_name(body, names):
    assert sorted(_people(body)) == sorted(names)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("自治区总工会副主席乌力吉出席会议。", ["乌力吉"]),
        ("职工乌力吉也说，工会帮了大忙。", ["乌力吉"]),
        ("电工苏和巴特尔说，技能比赛让他收获很大。", ["苏和巴特尔"]),
    ],
)
def test_an_element_closed_by_a_follower_or_a_stop_stays(body, names):
    assert _people(body) == names


def test_composed_name_takes_a_final_syllable_before_a_follower():
    text = "乌力吉图说"
    assert composed_name(text, 0, alone=False) == 4


def test_composed_name_takes_no_final_syllable_before_more_words():
    text = "乌兰察布市"
    assert composed_name(text, 0, alone=False, short=True) == 2
