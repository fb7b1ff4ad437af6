"""A city's short form that jieba reads as a verb (保定/v, 包头/v) before a brand whose
second character is 和 (瑞和, 嘉和) is the place opening the name, as a place tagged as
one is (``brands.brand_split``): the whole name is the body (到保定瑞和医院 → 保定瑞和医院),
not the brand alone, which the reading of 和 after a verb cut it to. Invented bodies."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_city_jieba_reads_as_a_verb_opens_the_hospitals_name():
    assert "保定嘉和医院" in first_article_orgs("同日，张红到保定嘉和医院开展义诊。")


def test_the_post_at_the_hospitals_department_keeps_its_city():
    body = "同日，张红到保定嘉和医院，慰问了放射科主任王红英和她的同事们。"
    posts = first_article_positions(news_page(body))
    assert ("王红英", "主任", "保定嘉和医院放射科") in posts


def test_a_verb_before_a_brand_still_opens_the_phrase():
    assert "嘉和电力有限公司" in first_article_orgs("张红慰问了嘉和电力有限公司的职工。")
