"""Words jieba reads as function words around an organisation's name (session 44,
orgs31). A county whose name is a function word (和县) printed after its city, a rare
qualifier of a company's trade jieba tags as a conjunction (即时配送), an idiom ending
with the copula 是 before a person's unit (如今已是), and the 讯 of a report's opening (又讯)
before a name. Seen on real pages of county unions' visits and of platform firms'
riders; text and names are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_a_county_named_by_a_conjunction_after_its_city():
    text = "马鞍山市和县总工会近日开展送清凉活动，慰问一线职工。"
    assert "马鞍山市和县总工会" in first_article_orgs(text)


def test_and_between_two_level_unions_stays_the_conjunction():
    text = "市总工会和县总工会联合举办职工运动会。"
    assert first_article_orgs(text) == {"市总工会", "县总工会"}


def test_a_companys_trade_qualified_by_a_word_read_as_a_conjunction():
    text = "近日，区总工会走访了兰州市顺达即时配送服务有限公司，为骑手送去慰问品。"
    assert "兰州市顺达即时配送服务有限公司" in first_article_orgs(text)


def test_a_common_conjunction_opens_no_companys_brand():
    text = "记者来到杭州市同时配送有限公司。"
    assert first_article_orgs(text) == set()


def test_an_idiom_ending_with_the_copula_is_no_part_of_the_unit():
    text = "王海峰如今已是宏达机械有限公司工会主席。"
    orgs = first_article_orgs(text)
    assert not any(o.startswith(("王", "如今")) for o in orgs)
    assert "宏达机械有限公司工会" in orgs


def test_a_further_reports_opening_word_is_no_part_of_the_name():
    text = "又讯 宏达机械有限公司工会近日举办了技能比赛。"
    assert "宏达机械有限公司工会" in first_article_orgs(text)
    assert not any(o.startswith("讯") for o in first_article_orgs(text))


def test_a_brand_holding_the_news_character_keeps_it():
    text = "华讯科技有限公司工会举办了职工运动会。"
    assert "华讯科技有限公司工会" in first_article_orgs(text)
