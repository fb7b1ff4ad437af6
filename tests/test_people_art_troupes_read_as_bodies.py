"""A banner's or city's 乌兰牧骑 (Inner Mongolia's mobile art troupes, ``org_suffixes.yaml``
other) is a body printed beside the unions, not a person cut from its first three
characters (乌兰|牧); a Mongolian name opening with 乌兰 is still a person. Invented
names and events."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _facts(body: str):
    article = page_facts(news_page(body)).articles[0]
    return [p.name for p in article.people], [o.name_as_written for o in article.orgs]


def test_a_cities_art_troupe_is_a_body_and_no_person():
    people, orgs = _facts("联欢会上，某某浩特市乌兰牧骑的演员和三百名职工同台演出。")
    assert people == []
    assert any(o.endswith("乌兰牧骑") for o in orgs)


def test_a_name_opening_with_wulan_is_still_a_person():
    people, _ = _facts("旗总工会主席乌兰其其格说，今年要办好职工那达慕。")
    assert people == ["乌兰其其格"]
