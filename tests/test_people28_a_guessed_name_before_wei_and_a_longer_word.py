"""A two-character name jieba reads (陈平/nr, only guessed: no word of its dictionary)
before the preposition 为 and a word that merely opens with a follower (获|奖): the
name is the two (陈平为获奖职工颁奖), not 陈平为 closed by the follower 获. A follower
read whole after the preposition (何德从|带领) may still close a name of three.
Invented names, bodies and events (s42, people28)."""

from __future__ import annotations

from gonghui_build.extract.people.follower_words import follower_opens_a_longer_word
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_people


def _people(body: str) -> list[str]:
    return page_people("市总工会表彰技能竞赛获奖职工\n\n本报讯 " + body)


def test_a_guessed_name_before_wei_and_huojiang_is_two_characters():
    assert _people("市总工会主席陈平为获奖职工颁奖。") == ["陈平"]


def test_a_known_name_before_wei_stays_two_characters():
    assert _people("市总工会副主席高峰为获奖选手颁奖。") == ["高峰"]


def test_a_name_of_three_before_a_whole_follower_is_kept():
    assert _people("焊工何德从带领班组攻关。") == ["何德从"]


def test_a_follower_read_whole_opens_no_longer_word():
    text = "主席陈平为获奖职工颁奖"
    assert follower_opens_a_longer_word(tag_tokens(text), text.index("获"))
    text = "焊工何德从带领班组攻关"
    assert not follower_opens_a_longer_word(tag_tokens(text), text.index("带"))
