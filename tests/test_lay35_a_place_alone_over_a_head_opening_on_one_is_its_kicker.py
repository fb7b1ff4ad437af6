"""A place's name alone over a head line that opens with 一 (``许昌`` / ``一家纺厂开展职工
技能比武``): the place is the kicker and the line under it the headline, not a headline over
a deck whose dash an OCR read as 一 — a place alone heads no item (an e-paper's index prints
the two run together). A deck under a real headline keeps its reading. Invented text."""

from __future__ import annotations

from tests.conftest import layout_articles

LEAD = "本报讯 5月20日，许昌市建安区总工会在一家纺厂举办职工技能比武，86名挡车工参赛。\n"


def _head(page: str) -> list[tuple[str, str]]:
    (article,) = layout_articles(page)
    return [(role, text) for role, text in article if role in ("kicker", "headline", "subtitle")]


def test_a_city_alone_over_a_line_opening_on_one_is_the_kicker() -> None:
    page = "许昌\n一家纺厂开展职工技能比武\n" + LEAD
    assert _head(page) == [("kicker", "许昌"), ("headline", "一家纺厂开展职工技能比武")]


def test_a_county_alone_over_such_a_line_is_the_kicker_too() -> None:
    page = "建安区\n一家纺厂开展职工技能比武\n" + LEAD
    assert _head(page)[0] == ("kicker", "建安区")


def test_a_headline_over_a_deck_read_with_one_keeps_its_deck() -> None:
    page = "建安区职工技能比武落幕\n一八十六名挡车工同台竞技\n" + LEAD
    assert _head(page) == [
        ("headline", "建安区职工技能比武落幕"),
        ("subtitle", "一八十六名挡车工同台竞技"),
    ]
