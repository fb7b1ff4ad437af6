"""A closing credit that keys the writer and the photographer and then the editor
(``（文/某甲 图/某乙 编辑/某丙）``), as union and county sites close their news: the
editor's key made the line no credit, so it fell to a photo's caption and the writers
were lost. An editor's key after the writers' is part of the credit (the editor no
author); an editor's key alone or first (``编辑：某某``) stays the page's furniture.
Invented names (session 50, authors10)."""

from __future__ import annotations

from gonghui_build.layout.end_credits import is_credit_line
from tests.conftest import page_authors

PAGE = "区总工会举办职工书法展\n5月8日，青禾区总工会在区文化馆举办职工书法展，展出作品120幅。\n"


def test_an_editors_key_after_the_writers_keys_is_part_of_the_credit() -> None:
    assert is_credit_line("（文/芮晓 图/欧阳明 编辑/秦川）")
    assert is_credit_line("文/芮晓 图/欧阳明 审核/秦川")


def test_an_editors_key_alone_or_first_is_no_credit() -> None:
    assert not is_credit_line("编辑：秦川")
    assert not is_credit_line("（编辑/秦川）")
    assert not is_credit_line("责任编辑：秦川")


def test_the_writer_and_the_photographer_are_the_authors_and_the_editor_none() -> None:
    authors = page_authors(PAGE + "（文/芮晓 图/欧阳明 编辑/秦川）\n")
    assert authors == {("芮晓", "reporter"), ("欧阳明", "photographer")}


def test_an_editors_key_after_a_text_and_photo_mark_is_part_of_the_credit() -> None:
    assert is_credit_line("（图文/芮晓 编辑/秦川）")
    assert is_credit_line("（芮晓 文/图 编辑：秦川）")
    assert not is_credit_line("劳动光荣 文/图 编辑/秦川")
    authors = page_authors(PAGE + "（图文/芮晓 编辑/秦川）\n")
    assert authors == {("芮晓", "reporter"), ("芮晓", "photographer")}
