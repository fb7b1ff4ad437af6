"""An old page's brief closed by a pen name in brackets (``…经验。（立新）``): the
layout reads the bracket as the item's credit, and the name, a word of the dictionary
(立新, 长河), is the item's correspondent, as a name of a surname's shape is (（秋生）).
A bracket naming a body or holding a note gives no author. Invented briefs in the shape
of a 1980s workers' paper's one-paragraph items."""

from __future__ import annotations

from tests.conftest import page_facts


def _authors(credit: str) -> set[tuple[str, str]]:
    item = f"咸阳市总工会于四月十二日召开基层工会财务工作经验交流会，十二个单位介绍了经验。{credit}"
    return {(a.name, a.role.value) for art in page_facts(item).articles for a in art.authors}


def test_a_dictionary_word_pen_name_closing_a_brief_is_its_correspondent() -> None:
    assert _authors("（立新）") == {("立新", "correspondent")}


def test_a_place_like_pen_name_closing_a_brief_is_its_correspondent() -> None:
    assert _authors("（长河）") == {("长河", "correspondent")}


def test_a_surname_shaped_pen_name_is_still_read() -> None:
    assert _authors("（秋生）") == {("秋生", "correspondent")}


def test_a_body_in_brackets_closing_a_brief_is_no_author() -> None:
    assert _authors("（工会）") == set()


def test_a_note_in_brackets_closing_a_brief_is_no_author() -> None:
    assert _authors("（图片）") == set()


def test_two_pen_names_listed_in_the_closing_bracket_are_its_correspondents() -> None:
    authors = _authors("（玉兰、建中）")
    assert authors == {("玉兰", "correspondent"), ("建中", "correspondent")}


def test_two_notes_listed_in_the_closing_bracket_are_no_authors() -> None:
    assert _authors("（图片、视频）") == set()
