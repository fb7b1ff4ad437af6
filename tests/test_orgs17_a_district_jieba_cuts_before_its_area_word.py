"""A district jieba cuts after its first character into a generic word of an area (某市|
三|山区, 某市|新|城区), one the gazetteer does not hold (a former district, as 三山区 of
芜湖市 was until 2020): the body's last word was the kind of area (山区) and the federation
was refused as a kind of body. A place, then one character and such a word, now names
one district's body; a conjunction or a determiner before the area word (某市和郊区, 各城区)
still names none. Seen in real_dev7's gold (a cable company's 2011 report under its
district federation's leadership) and on a Hohhot district's pages (session 37, orgs17).
Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_former_district_under_whose_leadership_a_union_works():
    text = "公司工会在公司党委和芜湖市三山区总工会的领导下，做好各项工作。"
    assert "芜湖市三山区总工会" in first_article_orgs(text)


def test_a_district_named_new_town_area():
    assert _names("呼和浩特市新城区总工会开展活动。") == ["呼和浩特市新城区总工会"]


def test_a_city_and_its_suburbs_joined_by_and_name_no_district():
    assert first_article_orgs("北京市和郊区工会共同开展活动。") == set()


def test_the_town_areas_of_a_city_name_no_district():
    assert first_article_orgs("全市各城区工会开展活动。") == set()


def test_a_mountain_area_of_a_city_names_no_district():
    assert first_article_orgs("芜湖市山区工会开展活动。") == set()
