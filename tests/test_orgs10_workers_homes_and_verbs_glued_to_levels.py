"""A 职工之家 is a venue, never an organisation of the article, a place's, an honour's or a
kind's (the fixture sets' gold leaves it out; reading a place's as a body cost four
measured sets organisations); a one-character verb glued to a level word
(出席会议的有区总工会…: jieba's 有区) is no part of the name. Invented places, enterprises
and people."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_county_s_workers_home_is_a_venue_not_an_organisation():
    found = first_article_resolved("9月3日，修水县职工技能培训推进会在县职工之家召开。")
    assert not any(name.endswith("职工之家") for name in found)


def test_an_honour_of_workers_home_names_no_body():
    found = first_article_resolved("青溪能源有限公司荣获全国模范职工之家称号。")
    assert not any(name.endswith("职工之家") for name in found)


def test_a_kind_of_workers_home_names_no_body():
    found = first_article_resolved("今年全县星级职工之家建设成效明显，新建共享职工之家12家。")
    assert not any(name.endswith("职工之家") for name in found)


def test_a_verb_glued_to_a_level_word_is_no_part_of_the_federation():
    found = first_article_resolved(
        "石湖区小南街道总工会召开代表大会，参加本次活动的有区总工会组织部部长韩晓丽、街道总工会副主席马春。"
    )
    assert not any(name.startswith("有") for name in found)
