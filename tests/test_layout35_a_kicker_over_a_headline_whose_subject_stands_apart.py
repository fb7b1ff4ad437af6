"""A head's last line of two parts apart by a blank is a subtitle summing up facts only
when each part is a fact with its verb (``三十名职工获奖章 二十个单位获奖状``); a first
part naming the subject alone (``全省八百多个基层工会 年底前建成职工书屋``) is one clause
set apart at its predicate: the headline, and the line over it (``各地工会为职工办实事``)
its kicker. Invented heads."""

from __future__ import annotations

from tests.conftest import layout_articles

LEAD = "新华社长沙12月2日电（记者 邬文涛）年底前，湖南省八百多个基层工会将建成职工书屋。\n"


def _head(page: str) -> dict[str, str]:
    return {role: text for role, text in layout_articles(page)[0] if role != "body"}


def test_a_subject_set_apart_from_its_predicate_is_the_headline_under_a_kicker():
    head = _head("各地工会为职工办实事\n全省八百多个基层工会 年底前建成职工书屋\n" + LEAD)
    assert head["kicker"] == "各地工会为职工办实事"
    assert head["headline"] == "全省八百多个基层工会 年底前建成职工书屋"
    assert "subtitle" not in head


def test_two_facts_each_with_its_verb_are_the_subtitle():
    page = (
        "全市庆祝五一劳动节表彰大会召开\n三十名职工获市五一劳动奖章 二十个单位获奖状\n"
        "本报讯（记者 何思源）4月29日，全市庆祝五一劳动节表彰大会召开。\n"
    )
    head = _head(page)
    assert head["headline"] == "全市庆祝五一劳动节表彰大会召开"
    assert head["subtitle"] == "三十名职工获市五一劳动奖章 二十个单位获奖状"
