"""A table of winners printed as 序号 姓名 工作单位 工种 (no sex or nationality cells),
whose tabs the page lost: the row's number runs on into the name (2欧阳某某区自来水公司
水质检验工). The number opens the row as 1. or 1、 does when the page kept the row's
other cells apart; a line with no such breaks that opens with a count (3名职工…) is no
row. Naming notices and award lists on union sites (s40, people23); invented names."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import roster_line
from tests.conftest import page_facts

_LIST = (
    "2023年度全区职工技术能手名单\n"
    "序号\t姓名\t工作单位\t工种\n"
    "1\t欧阳婷\t区自来水公司\t水质检验工\n"
    "2\t扎西次仁\t区建筑公司\t电焊工\n"
    "3\t韦立森\t区供电公司\t变电运维工\n"
)


def test_the_people_of_numbered_rows_are_read():
    people = [p.name for a in page_facts(_LIST).articles for p in a.people]
    assert {"欧阳婷", "扎西次仁", "韦立森"} <= set(people)


def test_a_rows_number_cell_opens_it_where_the_row_kept_breaks():
    found = roster_line("2欧阳婷区自来水公司水质检验工", None, frozenset({4, 10}))
    assert found is not None and (found.name, found.name_start) == ("欧阳婷", 1)
    assert found.body.written == "区自来水公司" and found.post == "水质检验工"


def test_a_count_opening_a_line_with_no_breaks_is_no_row():
    assert roster_line("3名职工区自来水公司水质检验工", None, frozenset()) is None
    assert roster_line("2欧阳婷区自来水公司水质检验工", None, frozenset()) is None
