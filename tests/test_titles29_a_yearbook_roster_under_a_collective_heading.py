"""A yearbook's roster printed under an entry head that only names the officers as a
group (【领导成员】: ``titles.yaml`` collective_titles) is the roster of the union the
entry before names (【概况】 鹤岗市总工会…): the head names no body and parts no line
from it, nor does a line whose only body stands in a bracketed note (主席　甲（市人大
常委会副主任兼）). Invented names and figures."""

from __future__ import annotations

from tests.conftest import page_facts

_PAGE = """鹤岗市总工会

【概况】　2021年，鹤岗市总工会围绕全市中心工作，组织开展劳动竞赛，全年新建基层工会一百二十个。
【领导成员】
主　　席　骆振林（市人大常委会副主任兼）
常务副主席　芮红英
经费审查委员会主任　隗建东
【职工技能大赛】　9月，市总工会举办全市职工职业技能大赛，四百余名职工参赛。
"""


def _posts(page: str, name: str) -> set[tuple[str, str | None]]:
    return {
        (p.title_normalised, p.org.name if p.org else None)
        for a in page_facts(page).articles
        for p in a.positions
        if p.name == name
    }


def test_the_rosters_officers_are_the_federations():
    assert _posts(_PAGE, "芮红英") == {("常务副主席", "鹤岗市总工会")}
    assert _posts(_PAGE, "隗建东") == {("经费审查委员会主任", "鹤岗市总工会")}


def test_the_note_keeps_its_own_body():
    assert ("副主任", "鹤岗市人大常委会") in _posts(_PAGE, "骆振林")


def test_a_roster_under_a_heading_that_names_no_group_is_unchanged():
    page = _PAGE.replace("【领导成员】", "【工作回顾】")
    assert _posts(page, "芮红英") == {("常务副主席", None)}
