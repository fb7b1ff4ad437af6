"""A post's sign-off rows name who set the page (``排版：某某``) beside who proofread and
reviewed it (``校对：某某``, ``审核：某某``): an editor's credit, no author and no person
of the text. Before, the typesetter's row was read as an item of its own naming a
person. Invented names."""

from __future__ import annotations

from tests.conftest import news_page, page_authors, page_people

PAGE = news_page("临江县总工会近日为120名环卫工人送去防暑用品。\n排版：芮青禾\n校对：邢立秋")


def test_the_typesetter_is_no_person() -> None:
    assert "芮青禾" not in page_people(PAGE)


def test_the_typesetter_is_no_author() -> None:
    assert not any(name == "芮青禾" for name, _ in page_authors(PAGE))
