"""A byline or a credit that notes where the reporter sent the copy from (``（本报记者 某某
发自某地）``, ``本网记者/某某 某某（发自某地）``): the note was read as a name (an author
called ``发自某地``), or glued to the last name and lost it. It is no name: the names
before it keep their roles, its offsets untouched. A name holding the two characters
inside it is a name still. Invented names (session 40, credits37)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_authors

HEAD = "城关区总工会开展夏送清凉慰问活动\n"
TEXT = "7月15日，城关区总工会为200余名一线职工送去防暑降温物资。"


def test_a_note_closing_an_end_credit_is_no_author() -> None:
    page = HEAD + TEXT + "（本报记者 韩卫东 发自兰州）\n"
    assert page_authors(page) == {("韩卫东", "reporter")}


def test_a_bracketed_note_after_the_last_name_keeps_the_name() -> None:
    page = HEAD + "本网记者/韩卫东 周文涛（发自甘肃兰州）\n" + TEXT + "\n"
    assert page_authors(page) == {("韩卫东", "reporter"), ("周文涛", "reporter")}


def test_the_names_spans_are_their_own() -> None:
    text = "本网记者/韩卫东 周文涛（发自甘肃兰州）"
    assert [text[a.start : a.end] for a in parse_byline(text)] == ["韩卫东", "周文涛"]


def test_a_byline_without_a_note_is_as_before() -> None:
    assert [(a.name, a.role.value) for a in parse_byline("（本报记者 韩卫东 通讯员 马晓丽）")] == [
        ("韩卫东", "reporter"),
        ("马晓丽", "correspondent"),
    ]
