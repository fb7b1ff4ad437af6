"""A union's honours list prints its individuals under a heading of their own (``二、先进
个人``, ``优秀工会工作者``), each winner's unit and name perhaps on lines of their own:
the heading names the award as ``先进集体`` does, so its lines are the list's items (each
a paragraph), not photo captions. Invented list."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.unit_lists import heading_names_award
from tests.conftest import layout_articles

PAGE = (
    "2023年度全区工会工作先进集体和先进个人名单\n"
    "一、先进集体\n"
    "区教育工会\n"
    "新桥街道总工会\n"
    "二、先进个人\n"
    "区总工会组织部\n"
    "邹立群\n"
    "城东街道总工会\n"
    "贾慧敏\n"
)


def test_the_individuals_lines_are_items_of_the_list():
    roles = {text: role for role, text in layout_articles(PAGE)[0]}
    for line in ("区总工会组织部", "邹立群", "城东街道总工会", "贾慧敏"):
        assert roles[line] == "body", line
    assert roles["二、先进个人"] == "section_heading"


def test_headings_of_individuals_name_an_award():
    for heading in ("二、先进个人", "优秀工会工作者", "优秀工会积极分子", "先进工作者"):
        assert heading_names_award(split_blocks(heading)[0]), heading


def test_a_winners_line_names_no_award():
    assert not heading_names_award(split_blocks("城东街道总工会  贾慧敏")[0])
