"""A company's brand of two characters joined by 和 (华和, 鼎和) whose first character
jieba glues to the city before it (北京华|和|建设…): the brand is read whole, as when
jieba leaves the character alone (北京|鼎|和|百货); two places joined by 和 stay two
bodies. Invented companies and people."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_he_brand_glued_to_its_city_keeps_the_company_s_union_whole():
    assert "北京华和建设有限公司工会" in first_article_orgs(
        "北京华和建设有限公司工会举办职工插花培训。"
    )


def test_a_he_brand_glued_to_its_city_holds_its_union_chair_s_post():
    text = news_page("北京华和建设有限公司工会主席柯明远出席。")
    assert ("柯明远", "主席", "北京华和建设有限公司工会") in first_article_positions(text)


def test_two_districts_joined_by_he_stay_two_bodies():
    found = first_article_orgs("丰台区和通州区教育工会联合举办职工插花培训。")
    assert not any(name.startswith("丰台区和") for name in found)
