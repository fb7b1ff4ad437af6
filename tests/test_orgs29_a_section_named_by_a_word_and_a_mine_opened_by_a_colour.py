"""Two units of railway and coal groups whose names jieba misreads.

A railway section named by a town jieba reads as a common noun (银滩/n 车务段), visited or
named at a clause's head, held no particular word and was lost, as a mine named by one
word was (:mod:`.word_named_mines`); the sections are now read the same way. A mine whose
place name opens with a colour or a size (红石沟, 大王庄), printed right after its
company's whole name, lost that first character, which jieba reads as an adjective
(某煤业公司|红|石沟|煤矿), and fell apart from its company, as a name opening with 上 or 下
did (:mod:`.locative_openings`). Seen on a railway bureau union's Spring Festival visit to
a traffic section, a coal company's mine union contest and a coal union's summer visit
(session 43, orgs29). Text and names are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_a_traffic_section_visited():
    text = "1月20日，某铁路局集团公司总工会副主席赵立群一行来到银滩车务段，慰问一线职工。"
    assert "银滩车务段" in first_article_orgs(text)


def test_a_section_of_a_kind_is_none():
    assert first_article_orgs("春运期间，铁路工务段职工常年坚守一线。") == set()


def test_a_mine_opened_by_a_colour_after_its_company():
    text = "近日，青峰煤业公司红石沟煤矿工会开展“安康杯”竞赛。"
    assert first_article_orgs(text) == {"青峰煤业公司红石沟煤矿工会"}
