"""Given names that are frequent words (胜利, 爱国, 长江, 海军) in a list of names, before
the 等 closing one, or read twice by the model: invented people and meetings.

A list of names, its closing 等 (等同志, 等3人, 等职工代表) and a second reading of the same
name are the second signals such a name needs besides the model's reading; the same
words used as words (保卫和平、促进发展, 长江流域, 胜利召开, 平等协商) name nobody."""

from __future__ import annotations

from tests.conftest import page_facts

_LEAD = "区总工会召开座谈会\n\n本报讯 3月9日，区总工会召开职工座谈会。"


def _names(sentence: str) -> list[str]:
    facts = page_facts(_LEAD + sentence)
    return [p.name for a in facts.articles for p in a.people]


def test_a_list_of_names_with_worded_given_names_is_read_whole():
    names = _names("座谈会上，蒋胜利、孔爱国、邹和平、郑长江分别发言。")
    assert {"蒋胜利", "孔爱国", "邹和平", "郑长江"} <= set(names)


def test_a_worded_given_name_beside_an_ordinary_name_is_read():
    assert "孔爱国" in _names("座谈会上，柯晓梅、孔爱国先后发言。")


def test_a_worded_given_name_before_the_closing_deng_is_read():
    assert "郑长江" in _names("郑长江等职工代表参加座谈。")
    assert "孔胜利" in _names("会后，孔胜利等同志留下来整理材料。")
    assert "邹海军" in _names("邹海军等3人获评优秀职工。")


def test_a_compound_surname_name_before_deng_keeps_its_last_character():
    names = _names("会上，司马建平等同志先后发言。")
    assert "司马建平" in names
    assert "司马建" not in names


def test_a_worded_given_name_the_model_reads_twice_is_read():
    names = _names("走访中，慰问组询问了韩爱国的病情。近两年韩爱国多次住院，工会送来慰问金。")
    assert "韩爱国" in names


def test_the_words_used_as_words_name_nobody():
    names = _names(
        "会议强调，要保卫和平、促进发展，坚持平等协商。长江流域各企业代表参加，"
        "大会胜利召开。要把王建设好。"
    )
    assert not [n for n in names if n[-2:] in ("和平", "长江", "胜利", "建设", "平等")]


def test_a_worded_given_name_elected_to_a_post_is_read():
    names = _names("会议选举柯晓梅为主席，尹和平为秘书长，郑长江为委员。")
    assert {"尹和平", "郑长江"} <= set(names)


def test_a_worded_given_name_before_wei_and_a_post_with_no_election_is_no_person():
    assert "王建设" not in _names("会议要求，要把王建设为主席的事办好。")
