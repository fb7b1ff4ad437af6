"""A firm's short name, its brand and trade word (某某化工), printed after the article named
the firm in full (湖北某某化工有限公司): the model reads the brand as a person, but a brand
and trade word that open a company's full name in the same article are the firm's short
name, whatever follows them. Shape of contest reports naming the host firm (s53);
invented names."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_brand_of_a_firm_named_in_full_before_is_no_person():
    body = (
        "湖北楚峰化工有限公司操作工彭家乐获得第一名。\n"
        "闭幕式上，楚峰化工劳模工匠创新工作室同时揭牌。"
    )
    assert _people(body) == ["彭家乐"]


def test_a_name_before_a_trade_word_with_no_firm_named_is_still_read():
    assert _people("化工厂操作工楚峰化工技能好。") == ["楚峰"]
