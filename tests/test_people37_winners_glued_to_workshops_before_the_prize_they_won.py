"""Winners glued to their workshops in a clause that names the prize after them (一车间
某某、二车间某某获得一等奖), with no label before the list: the verb of winning and the
grade (``people.yaml`` prize_verbs, prize_grades) stand for the label, so a name of
Mongolian or Tibetan elements the model misses is read; a list of units alone, and a
single item the list's other items do not back, read none. Invented names (s47, people37)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.people.prize_labels import glued_unit_names
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def _glued(text: str) -> list[str]:
    return [h.name for h in glued_unit_names(text)]


@pytest.mark.parametrize(
    "body",
    [
        "技能比武结果揭晓。一车间扎西顿珠、二车间宋玉梅获得一等奖。",
        "经过激烈比拼，青禾机械厂一车间扎西顿珠、二车间宋玉梅分别获得一、二等奖。",
    ],
)
def test_a_name_of_elements_glued_to_a_workshop_before_the_prize_is_a_winner(body):
    assert _people(body) == ["宋玉梅", "扎西顿珠"]


def test_a_list_of_workshops_winning_a_prize_reads_no_name():
    assert _glued("比赛中，青禾机械厂一车间、二车间荣获优秀组织奖。") == []


def test_a_single_unit_and_name_before_a_prize_is_left_to_other_rules():
    assert _glued("比赛中，青禾机械厂一车间高峰获得一等奖。") == []


def test_a_list_with_a_name_alone_before_a_prize_reads_no_name():
    assert _glued("比赛中，一车间乌力吉图、周建获得二等奖。") == []
