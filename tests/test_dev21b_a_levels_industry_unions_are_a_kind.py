"""省产业工会, 市产业工会 after a list of federations name a level's unions of every
industry, no one body (ANNOTATION.md: generic plurals are no organisations); a level's
union of one industry (市教育工会) stays one body. Invented text."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_a_provinces_industry_unions_are_no_body():
    orgs = first_article_orgs("各市州总工会、省产业工会负责人共200余人参加会议。")
    assert not any("产业工会" in o for o in orgs)


def test_a_citys_industry_unions_are_no_body():
    orgs = first_article_orgs("市产业工会负责人参加了座谈。")
    assert not any("产业工会" in o for o in orgs)


def test_a_union_of_one_industry_is_a_body():
    # near miss: the industry named, one body the city fills
    orgs = first_article_orgs("市教育工会负责人参加了座谈。")
    assert any(o.endswith("教育工会") for o in orgs)
