"""同城配送 ('same-city delivery') is one trade word of a firm's name that jieba cuts at
the preposition 同: the firm's name runs over it (某某同城配送公司), so a rider printed
after it holds his post there. Invented firm and person."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_rider_holds_his_post_at_a_same_city_delivery_firm():
    body = "新郎、青禾同城配送公司骑手王晓明说，感谢工会为他们办婚礼。"
    posts = first_article_positions(news_page(body))
    assert ("王晓明", "骑手", "青禾同城配送公司") in posts
