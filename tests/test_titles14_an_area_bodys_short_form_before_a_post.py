"""A prefecture's federation printed in full, then short as 地区总工会 before a post of
one of its departments (地区总工会组织部部长某某), is that federation, under the current
name of its place when the prefecture has since become a city; 各地区总工会 names a kind
of body and stays no one federation. Invented people; real prefectures."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_department_of_the_area_federation_printed_short_keeps_its_area():
    text = news_page("阿克苏地区总工会日前举办学习班。地区总工会组织部部长严永发讲授了组织建设。")
    assert ("严永发", "部长", "阿克苏地区总工会组织部") in first_article_positions(text)


def test_a_department_of_a_renamed_area_federation_takes_the_current_name():
    text = news_page("海东地区总工会日前举办学习班，地区总工会组织部部长严永发讲授了组织建设。")
    assert ("严永发", "部长", "海东市总工会组织部") in first_article_positions(text)


def test_areas_named_as_a_kind_give_no_area_to_the_department():
    text = news_page("各地区总工会组织部部长严永发讲授了组织建设。")
    positions = first_article_positions(text)
    assert not any(org and "地区" in org for _, _, org in positions)
