"""A web copy closes its text with the editor's credit in brackets, the key and the name
set apart by a blank and no colon (``（编辑 某某）``). Keyed by a colon or a slash the
editor was never an author; keyed by a blank the byline's reader took 编辑 for a unit
and the editor for the item's correspondent. The writers a credit names beside the
editor keep their rows. Invented text in the shape of a city union's site (session 38)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.vocabulary import AuthorRole
from tests.conftest import page_facts

PAGE = (
    "临沂市总工会开展送清凉活动\n"
    "2024-07-12 09:30:11 来源：沂蒙职工网\n"
    "7月10日，临沂市总工会在市区多个建筑工地开展送清凉慰问活动，为一线建筑工人送去绿豆。\n"
    "市总工会副主席牟子骞带队慰问，叮嘱合理安排作业时间。{credit}\n"
)


def _authors(credit: str) -> set[tuple[str, str]]:
    facts = page_facts(PAGE.format(credit=credit))
    return {(a.name, a.role.value) for art in facts.articles for a in art.authors}


def test_the_editor_alone_is_no_author() -> None:
    assert _authors("（编辑 乔慕言）") == set()
    assert _authors("\n（责任编辑 乔慕言）") == set()


def test_a_writer_beside_the_editor_keeps_the_row() -> None:
    assert _authors("（通讯员 冼明 编辑 乔慕言）") == {("冼明", "correspondent")}
    assert _authors("（编辑 乔慕言 通讯员 冼明）") == {("冼明", "correspondent")}


def test_a_name_alone_in_brackets_is_still_the_correspondent() -> None:
    assert _authors("（乔慕言）") == {("乔慕言", "correspondent")}


def test_the_byline_reader_drops_the_editor() -> None:
    found = parse_byline("（记者 冼明 编辑 乔慕言）", AuthorRole.correspondent, end_credit=True)
    assert [(a.name, a.role) for a in found] == [("冼明", AuthorRole.reporter)]
