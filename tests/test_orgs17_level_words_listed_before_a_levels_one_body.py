"""Bare level words listed before a body each level has one of (省、市总工会, 市、区总工会,
省、市、县妇联) name that body of each level: the grammar read only the last (市总工会), the
level words before it were lost. They now share the body, one each (``lists.py``), as
places listed before one suffix do (东城、西城区总工会). The unions of the levels listed
(市、县工会, 市、区两级工会) stay a kind, and so do the levels after a determiner
(各省、市总工会). Seen on a company's news of a provincial and a city federation's support
and on county pages of consolation tours by 市、区 federations (session 37, orgs17). Text
and events are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_a_province_and_a_city_federation():
    found = first_article_orgs("在省、市总工会的支持下，公司建成职工书屋。")
    assert {"省总工会", "市总工会"} <= found


def test_three_levels_womens_federations():
    found = first_article_orgs("省、市、县妇联负责人参加座谈。")
    assert {"省妇联", "市妇联", "县妇联"} <= found


def test_places_listed_before_one_federation_as_before():
    found = first_article_orgs("东城、西城区总工会联合举办活动。")
    assert {"东城区总工会", "西城区总工会"} <= found


def test_levels_after_a_determiner_name_a_kind():
    assert first_article_orgs("全国各省、市总工会派代表参加。") == set()


def test_the_unions_of_two_levels_are_a_kind():
    assert first_article_orgs("市、区两级工会联合慰问快递小哥。") == set()
