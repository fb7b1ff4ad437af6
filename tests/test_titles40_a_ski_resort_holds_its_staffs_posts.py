"""A ski resort named by its brand (某某滑雪场: reference/org_suffixes.yaml, company) is a
body: a patroller printed right after it (某某滑雪场救护员某某) holds the post there, where
the build read neither the resort nor the post. Invented names and resorts."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_patroller_of_a_named_ski_resort():
    body = "青山滑雪场救护员巴图说，有了棉手套，夜里巡山也不怕冷了。"
    positions = first_article_positions(news_page(body))
    assert ("巴图", "救护员", "青山滑雪场") in positions


def test_a_union_visiting_a_named_ski_resort_names_it():
    assert "青山滑雪场" in first_article_orgs("崇礼区总工会走进青山滑雪场，慰问一线职工。")
