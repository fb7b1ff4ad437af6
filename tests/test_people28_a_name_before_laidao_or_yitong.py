"""来到 and 一同 follow a leader's name (主席刘某来到…, 副主席周某一同参加…): the
one-character followers 来, 到 and 同 alone let a two-character name run on into them
(刘强来|到, 周涛一|同). Where jieba reads the name one character longer and a follower
still comes after it (李春来|到: 春来 ends many given names), the longer name stands.
Invented names, bodies and events (s42, people28)."""

from __future__ import annotations

from gonghui_build.extract.people.follower_words import jieba_reads_one_longer
from tests.conftest import page_people


def _people(body: str) -> list[str]:
    return page_people("市总工会走访慰问一线职工\n\n本报讯 " + body)


def test_a_name_before_laidao_ends_before_it():
    assert _people("12月3日，市总工会主席刘强来到青河县供电公司看望职工。") == ["刘强"]


def test_a_name_before_yitong_ends_before_it():
    body = "区总工会主席孙海和副主席周涛一同参加活动。"
    assert _people(body) == sorted(["孙海", "周涛"])


def test_a_longer_name_jieba_reads_before_dao_stays_whole():
    assert _people("市总工会主席李春来到青河县看望职工。") == ["李春来"]


def test_a_name_of_three_before_laidao_is_read_whole():
    assert _people("市总工会副主席王建国来到青河矿区调研。") == ["王建国"]


def test_jieba_reading_one_longer_needs_a_follower_after_it():
    assert jieba_reads_one_longer("主席李春来到青河县", 2, 2)
    assert not jieba_reads_one_longer("主席刘强来到青河县", 2, 2)
