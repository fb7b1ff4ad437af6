"""Towns listed before one suffix (某镇、某镇总工会) share it; a town whose name jieba cuts
into pieces no place word reads (a Mongolian name: 札|萨克|镇) was not taken for a
member of the list, and its federation was lost. A town listed whole after punctuation
and ending with the level word of the last one is a member; a verb before a town
(来到某镇、) is none. Seen in a tuning set's congress report (session 52, orgs38). Text,
people and bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_cut_town_listed_shares_the_suffix():
    body = "当天，阿古拉萨镇、乌日图镇总工会等5个单位被授予先进集体称号。"
    assert "阿古拉萨镇总工会" in first_article_resolved(body)


def test_a_verb_before_a_town_is_no_member():
    body = "当天，来到甲镇、青禾镇总工会。"
    assert first_article_resolved(body) == {"青禾镇总工会"}
