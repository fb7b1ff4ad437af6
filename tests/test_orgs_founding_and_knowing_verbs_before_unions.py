"""Counts of founded unions and verbs before a union: invented people and bodies.

A verb of founding between a place and a union's kind (某区新建基层工会86个) names a
count of bodies, not a body; a verb jieba reads as a name (明白) opens no body."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def _orgs(body: str) -> list[str]:
    return [o.written for a in page_facts(news_page(body)).articles for o in a.orgs]


def test_a_founding_verb_after_a_district_names_no_body():
    assert _orgs("今年以来，丰台区新建基层工会86家，发展会员1.2万人。") == []
    assert _orgs("全年丰台区新组建工会120家。") == []


def test_a_district_whose_name_opens_with_the_founding_verb_is_still_read():
    text = news_page("南昌市新建区总工会主席甘立出席会议。")
    assert ("甘立", "主席", "南昌市新建区总工会") in first_article_positions(text)


def test_a_verb_of_knowing_before_a_union_opens_no_body():
    assert "明白工会" not in _orgs("各级工会干部要明白工会的职责，做好服务。")
