"""A digest item closing on a union's short name in brackets (``（机工）``: the first
character of the plant the item names, then 工 for 工会) credits no person when the item
names a union holding that character (``某某机床厂工会``): the union sent the copy. With
one signal only, the credit stays a name: two characters ending in 工 in brackets under
an item that names no such union are the correspondent's. Invented items in the shape of a 1990s city
workers' paper's briefs (session 49, authors9)."""

from __future__ import annotations

from tests.conftest import page_authors

HEAD = "简  讯\n"
ITEM = "●江城机床厂工会开展合理化建议月活动，收到职工建议三百二十条，其中四十条已被采纳。"


def test_the_unions_short_name_after_an_item_about_its_union_is_no_author() -> None:
    assert page_authors(HEAD + ITEM + "（机工）\n") == set()


def test_a_short_name_whose_character_no_union_of_the_item_holds_is_kept() -> None:
    assert page_authors(HEAD + ITEM + "（丰工）\n") == {("丰工", "correspondent")}


def test_a_persons_name_after_the_same_item_is_kept() -> None:
    assert page_authors(HEAD + ITEM + "（林晓秋）\n") == {("林晓秋", "correspondent")}
