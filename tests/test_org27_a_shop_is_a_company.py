"""A shop (商店, 百货商店: a state shop of the 1980s pages, a retail firm's form) is a
company, and its short form completed with the city the article names (ANNOTATION.md:
short forms are completed from context). Invented names."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_citys_department_store_is_a_company_of_that_city():
    found = first_article_resolved("锦州市总工会召开表彰大会。市红星百货商店售货员王丽家发言。")
    assert "锦州市红星百货商店" in found


def test_a_shop_named_in_full_is_an_organisation():
    found = first_article_resolved("城南五金商店的职工参加了比赛。")
    assert "城南五金商店" in found
