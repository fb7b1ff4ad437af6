"""Shops, eateries and groceries named by their brand and their kind (某某面食店, 某某
食品店, 某某超市, 某某面馆): unions visit them to recruit small firms' workers, award lists
print a cook's or a shop assistant's unit so, and the tuning gold lists them as companies
(a noodle shop's cook in an award notice). No suffix of the grammar ended them (店 alone
is none: 门店, 分店, 网店 name no shop), so the shop and the post held there were lost.
Seen on a street union's survey of small firms (a food shop's owner), a city union's
riders' canteen (a private restaurant) and a district's award list (session 43, orgs29).
Text and names are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_a_food_shops_owner():
    text = "“工会就是我们的娘家。”福乐食品店负责人刘秋兰说。"
    assert "福乐食品店" in first_article_orgs(text)


def test_a_noodle_shops_cook_in_an_award_list():
    text = "授予下列同志河北省五一劳动奖章：\n马振东 沧州市运河区兴隆面食店厨师\n"
    assert "沧州市运河区兴隆面食店" in first_article_orgs(text)


def test_a_supermarket_and_a_noodle_house():
    text = "近日，区总工会走访了顺和超市和老李面馆，为职工送去慰问品。"
    assert {"顺和超市", "老李面馆"} <= first_article_orgs(text)


def test_shops_of_no_name_are_none():
    text = "工作人员走进超市、门店和各类面馆，宣传入会政策。"
    assert first_article_orgs(text) == set()
