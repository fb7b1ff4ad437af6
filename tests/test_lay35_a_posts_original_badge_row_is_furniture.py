"""A WeChat post's ``原创`` badge row with its author and account (``原创 青禾工会 青禾
工会``), its stamp broken onto the next line: the post's header, furniture, never the
headline; the title over it stays the headline. A line that merely opens with 原创 in a
word (``原创歌曲…``) is read as before. Invented text."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_articles


def test_the_badge_row_with_author_and_account_is_furniture() -> None:
    assert furniture_kind("原创 青禾工会 青禾工会") is not None
    assert furniture_kind("原创 青禾区总工会") is not None


def test_a_title_opening_on_a_word_with_the_badge_is_no_furniture() -> None:
    assert furniture_kind("原创歌曲唱响建筑工地") is None


def test_the_title_over_the_badge_row_is_the_headline() -> None:
    page = (
        "青禾区总工会：四项举措服务一线职工\n"
        "原创 青禾工会 青禾工会\n"
        "2025年03月02日 17:40 江西\n"
        "今年以来，青禾区总工会围绕职工所需，推出四项服务举措，惠及职工3000余人次。\n"
        "区总工会还在街道设立5个职工服务站，为职工提供法律咨询。\n"
    )
    (article,) = layout_articles(page)
    heads = [text for role, text in article if role == "headline"]
    assert heads == ["青禾区总工会：四项举措服务一线职工"]
