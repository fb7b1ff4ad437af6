"""A web copy's header row with no 作者 field may name the source's reporter by a role
word (``2023-07-12 10:21 来源：某某日报 记者 某某``, ``记者：某某 某某 来源：某某报``): the
row is furniture, its reporters the article's authors, each in its role word's role.
Was: the row kept as furniture and the reporter lost. Invented text in the shape of
city papers' copies on union sites (session 38, layout30)."""

from __future__ import annotations

import pytest

from tests.conftest import layout_roles, page_facts

TITLE = "某市总工会为环卫工人送清凉\n"
BODY = "7月11日，某市总工会带队来到城中区环卫所，为一线环卫工人送去绿豆、凉茶等防暑物资。\n"


def _authors(row: str) -> list[tuple[str, str]]:
    return sorted(
        (a.name, a.role.value) for a in page_facts(TITLE + row + "\n" + BODY).articles[0].authors
    )


def test_the_row_stays_furniture() -> None:
    row = "2023-07-12 10:21 来源：某城日报 记者 韦晓东"
    assert layout_roles(TITLE + row + "\n" + BODY)[row][0] == "furniture"


def test_a_reporter_after_the_source() -> None:
    assert _authors("2023-07-12 10:21 来源：某城日报 记者 韦晓东") == [("韦晓东", "reporter")]


def test_reporters_in_a_field_of_their_own_before_the_source() -> None:
    assert _authors("2007-08-10 记者：柳洋 齐中西 来源：某某参考报") == [
        ("柳洋", "reporter"),
        ("齐中西", "reporter"),
    ]


def test_correspondents_in_their_role() -> None:
    assert _authors("2023-07-12 来源：某城日报 通讯员 韦晓东 蓝天") == [
        ("蓝天", "correspondent"),
        ("韦晓东", "correspondent"),
    ]


def test_the_editor_after_the_reporter_is_no_author() -> None:
    assert _authors("发布时间：2023-07-12 来源：某城日报 记者 韦晓东 编辑：蒙小雅") == [
        ("韦晓东", "reporter")
    ]


@pytest.mark.parametrize(
    "row", ["来源：某城日报 发布时间：2023-07-12", "2023-07-12 10:21 来源：某区总工会"]
)
def test_a_row_naming_no_reporter_gives_no_author(row: str) -> None:
    assert _authors(row) == []


def test_the_author_field_is_read_as_before() -> None:
    assert _authors("发布时间：2023-07-12 来源：某城日报 作者：记者 韦晓东") == [
        ("韦晓东", "reporter")
    ]
