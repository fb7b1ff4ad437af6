"""Leaders named after the level they lead (区领导王某、周某出席, 市领导某某): 领导 is a
noun for the people named, as 干部 is, and states no post; before a word used as a word
(区领导周密部署, 市领导高度重视) it reads no name. Invented names and events (s41,
people25)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "某区举行职工技能大赛颁奖仪式\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_leader_noun_gives_the_name_after_it_no_post():
    text = "某区举行表彰会\n\n本报讯 区领导王海洋出席活动，区总工会主席刘光明讲话。"
    facts = page_facts(text)
    assert "王海洋" in [p.name for a in facts.articles for p in a.people]
    assert [p.name for a in facts.articles for p in a.positions] == ["刘光明"]


def test_a_leader_noun_before_a_word_used_as_a_word_reads_no_name():
    assert _people("区领导周密部署，市领导高度重视职工工作。") == []
