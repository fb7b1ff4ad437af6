"""A closing credit whose keyed fields a slash or a bar parts (``撰稿：某甲 / 摄影：某乙 /
编辑：某丙``, ``（图：某甲 /文：某乙 /审核：某丙）``), as WeChat posts and college union
sites close their items: the bar before a key was read as part of a name, so the row was
taken for furniture with its roles one name off, or the bracket for a photo's caption.
A bar set off by a blank before a key and its colon parts two fields, as a blank does; a
key's own slash (``文/某甲``) and a post's keyed bar (``文字｜某甲``) are read as before.
Invented names (session 51, authors11)."""

from __future__ import annotations

from gonghui_build.layout.mark_keys import fields_apart
from tests.conftest import layout_roles, page_authors

PAGE = (
    "公司工会开展冬季送温暖活动\n"
    "12月3日，青禾燃气集团工会走访慰问一线抢修班组，为120名职工送去御寒用品。\n"
    "慰问组一行还查看了抢修车辆和应急物资储备情况。\n"
)


def test_a_bar_before_a_keyed_field_reads_as_a_blank() -> None:
    assert fields_apart("撰稿：苗一禾 / 摄影：钟晓岚") == "撰稿：苗一禾   摄影：钟晓岚"
    assert fields_apart("图：钟晓岚 /文：苗一禾") == "图：钟晓岚  文：苗一禾"
    assert fields_apart("文/苗一禾 图/钟晓岚") == "文/苗一禾 图/钟晓岚"
    assert fields_apart("文 | 苗一禾  图 | 钟晓岚") == "文 | 苗一禾  图 | 钟晓岚"


def test_a_row_of_fields_parted_by_slashes_is_the_byline_with_each_keys_role() -> None:
    row = "撰稿：苗一禾 / 摄影：钟晓岚 / 编辑：严立"
    assert layout_roles(PAGE + row + "\n")[row][0] == "byline"
    assert page_authors(PAGE + row + "\n") == {("苗一禾", "author"), ("钟晓岚", "photographer")}


def test_a_bracket_of_fields_parted_by_slashes_credits_text_and_photos() -> None:
    credit = "（图：钟晓岚、苗一禾 /文：苗一禾 /审核：严立）"
    assert layout_roles(PAGE + credit + "\n")[credit][0] == "byline"
    assert page_authors(PAGE + credit + "\n") == {
        ("钟晓岚", "photographer"),
        ("苗一禾", "photographer"),
        ("苗一禾", "reporter"),
    }
