"""A delivery firm's station (brand, trade word, place, 站) printed right before its
head's 站长 is the body the head heads, taken as printed (invented firms and people)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_brand_stations_head_is_held_at_the_station() -> None:
    body = "区领导与骑手们交谈。顺风速运川东站站长周海涛介绍，网点有20名骑手留守。"
    assert ("周海涛", "站长", "顺风速运川东站") in _positions(body)


def test_a_station_with_a_longer_brand_is_taken_as_printed() -> None:
    body = "“工会就在身边。”快马同城配送西湖站站长钱立军说，站里有30人。"
    assert ("钱立军", "站长", "快马同城配送西湖站") in _positions(body)


def test_a_station_after_a_verb_and_no_trade_word_is_no_body() -> None:
    body = "他来到川东站，与川东站站长周海涛交谈。"
    assert ("周海涛", "站长", None) in _positions(body)
