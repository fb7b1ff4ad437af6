"""Spans of transliterated names on contests' and award pages: a winner named after 选手
keeps the noun's last character out of the name though jieba reads it with the name's
opening (选|手帕|提…), and a last part before 上台 or 登台 runs on to them though the model
stops before a 提 that jieba joins to 上 (…·艾某买|提上台). Invented names, bodies and
events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾县总工会举办职工技能竞赛\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_name_after_a_contestant_keeps_the_nouns_character_out():
    body = "获得一等奖的选手帕提古丽·吾斯曼表示，会继续苦练技能。"
    assert _people(body) == ["帕提古丽·吾斯曼"]


def test_a_last_part_runs_on_to_going_up_to_the_stage():
    award = "获奖职工热依拉·艾合买提上台领奖。"
    talk = "劳模代表祖丽胡玛·艾买提登台发言。"
    assert _people(award) == ["热依拉·艾合买提"]
    assert _people(talk) == ["祖丽胡玛·艾买提"]


def test_a_han_name_before_going_up_to_the_stage_keeps_its_length():
    assert _people("获奖职工李建平上台领奖。") == ["李建平"]
