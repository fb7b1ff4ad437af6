"""A web copy's author field whose two-character name is padded with a blank to the
width of three (``作者：芮 晓``), as columns pad a byline's name (``■晏 飞``): one name,
the field's author. Each half alone has no name's shape, so the author was lost.
Invented names (session 50, authors10)."""

from __future__ import annotations

from tests.conftest import page_authors

HEAD = "区总工会举办职工书法展\n"
BODY = "5月8日，青禾区总工会在区文化馆举办职工书法展，展出作品120幅。\n"


def test_a_padded_name_in_a_header_rows_author_field_is_the_author() -> None:
    row = "2023-06-15 09:30  来源：青禾职工报  作者：芮 晓\n"
    assert page_authors(HEAD + row + BODY) == {("芮晓", "reporter")}


def test_a_padded_name_in_an_author_line_under_the_title_is_the_author() -> None:
    assert page_authors(HEAD + "作者：芮 晓\n" + BODY) == {("芮晓", "reporter")}


def test_two_words_of_no_names_shape_are_no_author() -> None:
    assert page_authors(HEAD + "作者：不 详\n" + BODY) == set()
