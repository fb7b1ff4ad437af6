"""A briefs item closed by a square and a name of three characters set with a blank
between each (``■某 某 某``, an old or justified column): the item's credit, a
correspondent as ``■某某某`` is, and no person of its text. Invented names."""

from __future__ import annotations

from tests.conftest import page_authors, page_people

PAGE = "工会简讯\n●临江县总工会近日为120名环卫工人送去防暑用品，县总工会主席邢福全参加。■芮 青 禾\n"


def test_the_spaced_name_is_the_items_correspondent() -> None:
    assert page_authors(PAGE) == {("芮青禾", "correspondent")}
    assert page_people(PAGE) == ["邢福全"]
