"""A credit in brackets on a line of its own between a headline and the text
(``（某某 通讯员 某某 某某）``), as a provincial workers' paper prints it over an item
that opens with no dateline: it is the item's byline, read with its reporters and
correspondents, not page furniture. Invented page (session 43, dates7)."""

from __future__ import annotations

from tests.conftest import layout_roles, page_authors

PAGE = (
    "青川县总工会为环卫工人送清凉\n"
    "（李晓梅 通讯员 王建平 赵丽娟）\n"
    "7月18日，青川县总工会主席韩立国带队来到县城区环卫站，为86名环卫工人送去防暑降温物品。\n"
    "县总工会相关负责人表示，将持续关心关爱户外劳动者。\n"
)


def test_the_credit_under_the_headline_is_the_items_byline() -> None:
    assert layout_roles(PAGE)["（李晓梅 通讯员 王建平 赵丽娟）"] == ("byline", 0)


def test_the_names_before_the_correspondents_are_the_papers_reporters() -> None:
    assert page_authors(PAGE) == {
        ("李晓梅", "reporter"),
        ("王建平", "correspondent"),
        ("赵丽娟", "correspondent"),
    }


def test_a_reporters_role_word_in_the_credit_is_read_too() -> None:
    page = PAGE.replace("（李晓梅 通讯员", "（记者 李晓梅 通讯员")
    assert ("李晓梅", "reporter") in page_authors(page)


def test_a_credit_closing_an_item_stays_its_closing_byline() -> None:
    page = (
        "青川县总工会为环卫工人送清凉\n"
        "7月18日，青川县总工会主席韩立国带队来到县城区环卫站，为86名环卫工人送去防暑降温物品。\n"
        "（王建平）\n"
    )
    assert layout_roles(page)["（王建平）"] == ("byline", 0)
    assert page_authors(page) == {("王建平", "correspondent")}
