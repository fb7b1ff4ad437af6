"""A name opening a clause right before a meeting's act (某某代表公司致辞, 某某作工作报告,
某某在会上讲话), with no title before it: the speaker, read though the model takes the
name and 代表 for a body's name or the given name for words; a word before the act
(劳模代表, 来宾代表) names no one. 代表 'on behalf of' after a name is no part of the body
after it, even where jieba glues it to the name's last character (王|军代表|公司), and
a span the model reads across it ends before it. Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _read(body: str) -> tuple[list[str], list[str]]:
    text = "赣江县总工会召开年度工作会议\n\n本报讯 3月5日，赣江县总工会召开年度工作会议。" + body
    facts = page_facts(text + "\n")
    people = [p.name for a in facts.articles for p in a.people]
    orgs = [o.written for a in facts.articles for o in a.orgs]
    return people, orgs


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("邵海波代表区总工会讲话。", "邵海波"),
        ("随后，邬立新代表公司与工会签订集体合同。", "邬立新"),
        ("庞晓红代表集团公司致辞。", "庞晓红"),
        ("邵立新作工作报告。", "邵立新"),
        ("常立新作工作报告。", "常立新"),
        ("连海波代表公司党委讲话。", "连海波"),
    ],
)
def test_a_name_opening_a_clause_before_a_meetings_act_is_read(body, name):
    assert _read(body)[0] == [name]


@pytest.mark.parametrize(
    "body",
    [
        "会上，劳模代表发言。",
        "会上，职工代表、来宾代表和双方代表分别发言。",
        "会后，后由代表们讨论。",
    ],
)
def test_a_word_before_the_act_names_no_one(body):
    assert _read(body)[0] == []


def test_daibiao_glued_to_a_name_is_no_part_of_the_body_after_it():
    people, orgs = _read("王军代表公司致辞。")
    assert people == ["王军"]
    assert not any("代表" in o for o in orgs)


def test_a_span_read_across_daibiao_ends_before_it():
    assert _read("王立新代表集团公司致辞。")[0] == ["王立新"]
