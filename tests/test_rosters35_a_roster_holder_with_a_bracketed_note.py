"""A yearbook's roster row whose holder carries a note in brackets (``主　席　某某（市人大
常委会副主任兼）``, ``副主席　某　某　某某（挂职）``: a concurrent post, a secondment, sex)
is a row of the roster like any other: it keeps a space before each holder, the holder
holds the row's post at the union the roster is of, and the note's own post stays at the
body the note names. A roster printed as an entry of its own under a head that only
names the officers as a group (【领导成员】) is of the union the entry before names.
Invented names and figures in the shape of city and county yearbooks (session 39,
rosters35)."""

from __future__ import annotations

from gonghui_build.layout.posted_names import holder_gaps
from tests.conftest import block_roles, page_facts

_LISTED = """青田年鉴·2022
青田市总工会
【概况】 2021年，青田市总工会有基层工会组织1260个，会员16.2万人。
青田市总工会领导名录
主　席　倪建华（市人大常委会副主任兼）
副主席　柯文涛　孟雪梅
经费审查委员会主任　邵长林
【送温暖】 春节期间，市总工会筹集资金180万元，慰问困难职工2100人次。
"""

_UNDER_A_GROUP_HEAD = """云岭年鉴·2021
云岭县总工会

【概况】 2020年，云岭县总工会有基层工会组织312个，会员2.9万人。

【领导成员】

主　　席　　骆永红（女，县委常委兼）

副　主　席　　卜　强　　甘丽萍（挂职）

【帮扶】 全年县总工会发放帮扶资金42万元。
"""


def _posts(page: str, name: str) -> set[tuple[str, str | None]]:
    return {
        (p.title_normalised, p.org_written)
        for a in page_facts(page).articles
        for p in a.positions
        if p.name == name
    }


def test_a_holder_with_a_note_opens_a_row() -> None:
    line = "主　席　倪建华（市人大常委会副主任兼）"
    assert holder_gaps(line) == ((3, 4),)
    assert holder_gaps("副　主　席　　卜　强　　甘丽萍（挂职）") == ((5, 7), (10, 12))


def test_a_note_that_does_not_close_the_name_makes_no_row() -> None:
    assert holder_gaps("主　席　倪建华（兼）等") == ()
    assert holder_gaps("主　席　（兼）") == ()


def test_the_row_with_a_note_is_a_body_row_of_the_roster() -> None:
    roles = block_roles(_LISTED)
    assert roles["主　席　倪建华（市人大常委会副主任兼）"] == "body"
    assert roles["青田市总工会领导名录"] == "headline"


def test_the_holder_with_a_note_holds_the_rows_post_at_the_union() -> None:
    assert _posts(_LISTED, "倪建华") == {("主席", "青田市总工会"), ("副主任", "市人大常委会")}
    assert _posts(_LISTED, "柯文涛") == {("副主席", "青田市总工会")}


def test_each_holder_of_a_row_with_a_note_holds_the_post() -> None:
    assert _posts(_UNDER_A_GROUP_HEAD, "卜强") == {("副主席", "云岭县总工会")}
    assert _posts(_UNDER_A_GROUP_HEAD, "甘丽萍") == {("副主席", "云岭县总工会")}
    assert ("主席", "云岭县总工会") in _posts(_UNDER_A_GROUP_HEAD, "骆永红")


def test_a_roster_under_a_head_naming_no_group_takes_no_union_from_the_entry_before() -> None:
    page = _UNDER_A_GROUP_HEAD.replace("【领导成员】", "【工作回顾】")
    assert _posts(page, "卜强") <= {("副主席", None)}
