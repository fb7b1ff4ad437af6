"""A ▲ brief closed by a body's abbreviated name alone in brackets (``（区工宣）``: the
district union's publicity office, 工宣 for 工会宣传): three characters read as a
surname and a given name, so the body was listed as a correspondent. The abbreviation
(``bylines.yaml``'s ``unit_abbreviations``) after a level's character is a body, no
author; a unit abbreviated so before a writer (``（镇工宣 某某）``) still leaves the
writer. Invented names (session 51, authors11)."""

from __future__ import annotations

from gonghui_build.extract.keyed_credits import abbreviated_unit
from tests.conftest import page_facts

PAGE = (
    "工会动态\n"
    "▲日前，青禾市总工会为环卫工人送去防暑物品500份。（柯晓岚）\n"
    "▲青禾区总工会开展职工技能比武，150名职工参赛。（区工宣）\n"
    "▲青禾镇总工会日前召开会员代表大会，选举产生新一届委员会。（镇工宣 苗立）\n"
)


def test_a_level_and_the_abbreviation_is_a_unit() -> None:
    assert abbreviated_unit("区工宣")
    assert abbreviated_unit("县工宣")
    assert not abbreviated_unit("柯晓岚")
    assert not abbreviated_unit("东工")  # （某工）: left as it was, an open convention


def test_the_brief_signed_by_the_unit_has_no_author_and_the_others_keep_theirs() -> None:
    authors = [{(a.name, a.role.value) for a in art.authors} for art in page_facts(PAGE).articles]
    assert authors == [
        {("柯晓岚", "correspondent")},
        set(),
        {("苗立", "correspondent")},
    ]
