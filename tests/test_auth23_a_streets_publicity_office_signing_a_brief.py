"""A ● brief closed by ``（街宣）``: a street's publicity office (街道宣传) signing its
street union's item. Three characters read as a name, the office was listed as a
correspondent. 街宣 joins ``unit_abbreviations`` (``bylines.yaml``): a body's credit, no
author. Invented names (authors, real_dev24's shape)."""

from __future__ import annotations

from gonghui_build.extract.keyed_credits import abbreviated_unit
from tests.conftest import page_facts

PAGE = (
    "工会动态\n"
    "●6月1日，青禾街道总工会为辖区职工子女举办亲子游园会。（街宣）\n"
    "●青禾区总工会开展职工技能比武，150名职工参赛。（柯晓岚）\n"
)


def test_jiexuan_is_an_abbreviated_unit() -> None:
    assert abbreviated_unit("街宣")
    assert not abbreviated_unit("王宣")


def test_the_brief_signed_by_the_office_has_no_author() -> None:
    authors = [{(a.name, a.role.value) for a in art.authors} for art in page_facts(PAGE).articles]
    assert authors == [set(), {("柯晓岚", "correspondent")}]
