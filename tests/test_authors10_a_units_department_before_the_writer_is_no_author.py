"""A closing credit naming the writer's department before the writer (``（区总工会宣教部
某某）``, ``（集团工会办公室 某某）``): the department's name ends with a body's suffix
(宣教部, 办公室), so it is the writer's unit, not a unit glued to a name. It was cut as
``区总工会`` + ``宣教部`` (宣 read as a surname) or ``…办`` + ``公室``, and the
department listed as a correspondent. Invented names (session 50, authors10)."""

from __future__ import annotations

from gonghui_build.extract.keyed_credits import unit_then_name
from tests.conftest import page_authors

PAGE = "区总工会举办职工书法展\n5月8日，青禾区总工会在区文化馆举办职工书法展，展出作品120幅。\n"


def test_a_department_alone_is_no_unit_glued_to_a_name() -> None:
    assert unit_then_name("区总工会宣教部") is None
    assert unit_then_name("集团工会办公室") is None
    assert unit_then_name("某厂工会李某") == "李某"  # a unit glued to a name still is


def test_the_writer_after_a_department_is_the_only_author() -> None:
    assert page_authors(PAGE + "（区总工会宣教部 芮晓）\n") == {("芮晓", "correspondent")}
    assert page_authors(PAGE + "（集团工会办公室 芮晓）\n") == {("芮晓", "correspondent")}
