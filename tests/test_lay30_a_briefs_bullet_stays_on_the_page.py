"""A brief's run-in head read without its bullet (``■某某 正文…``) or its 【】 after one
(``■【某某】正文…``) still keeps those marks on the page: the layout reads the head
without them, but the head's paragraph spans them, so that every character of the page
lies in a paragraph (a briefs column's squares were left in none, and the build refused
the page). The headline is shown without the marks (invented text)."""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page
from gonghui_build.records.pages import covered
from gonghui_build.text.chars import nonblank_count

PAGE = (
    "青禾职工报\n"
    "■送清凉 暖人心 7月5日，青禾市总工会到工地慰问职工。（李明）\n"
    "■【东坪县工会举办培训】5月3日，东坪县总工会举办培训班，50人参加。（王丽）\n"
)


def _parsed():
    return parse_page(page_from_bytes("p.txt", PAGE.encode()))


def test_every_character_of_a_bulleted_briefs_column_is_covered() -> None:
    parsed = _parsed()
    assert covered(PAGE, parsed.paragraphs) == nonblank_count(PAGE)


def test_the_briefs_headlines_are_shown_without_their_marks() -> None:
    heads = [p.text for p in _parsed().paragraphs if p.role == "headline"]
    assert heads == ["送清凉 暖人心", "东坪县工会举办培训"]
