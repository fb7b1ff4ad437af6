"""Central enterprise groups by the short names they print for themselves (issue 10,
session 27): 中国石化, 国家电网, 中国中铁 host contests, send teams and win awards with no
suffix ending the name; the gazetteer lists them, with the national trade federation
whose name opens with one (中国石油和化学工业联合会). A group's paper (某集团报) and a
two-character short name opening a compound (首钢园区) name no body. A county
federation's first name (某县职工联合会) in a gazetteer's history of it is that
federation. Text, people and events are invented; the groups and places are real."""

from __future__ import annotations

from tests.conftest import page_facts


def resolved(text: str) -> set[tuple[str, str]]:
    """(printed, resolved name) of every organisation mention of a page."""
    facts = page_facts(text)
    return {(o.name_as_written, o.resolved.name) for a in facts.articles for o in a.orgs}


def printed(text: str) -> set[str]:
    return {written for written, _ in resolved(text)}


def test_groups_listed_by_their_short_names_are_each_a_body():
    text = "本报讯 6月3日，来自中国石油、中国石化、中国海油、国家电网等单位的42名选手参赛。"
    assert {"中国石油", "中国石化", "中国海油", "国家电网"} <= printed(text)


def test_a_group_winning_awards_is_a_body():
    text = "本报讯 5月2日，中国中铁共有7个集体获得全国五一劳动奖状。"
    assert "中国中铁" in printed(text)


def test_the_trade_federation_opening_with_a_groups_name_is_read_whole():
    text = "本报讯 5月2日，竞赛由中国石油和化学工业联合会主办。"
    assert printed(text) == {"中国石油和化学工业联合会"}


def test_a_groups_paper_names_no_body():
    text = "本报讯 5月2日，据中国石化报报道，采油工竞赛在青山油田落幕。"
    assert "中国石化" not in printed(text)


def test_a_two_character_short_name_opening_a_compound_names_no_body():
    text = "本报讯 5月2日，学员到首钢园区职工之家参观学习。"
    assert "首钢" not in printed(text)


def test_a_countys_first_federation_name_is_the_federation():
    text = (
        "第二节 县总工会\n"
        "1950年4月，宜君县职工联合会成立。1954年，宜君县职工联合会改称宜君县工会联合会，"
        "1958年改称宜君县总工会。"
    )
    names = {name for _, name in resolved(text)}
    assert "宜君县职工联合会" not in names
    assert "宜君县总工会" in names
