"""A county union's or a company's site closes an item with a credit that marks each
name after it with a slash and no brackets (``某某/图文``, ``公司工会 某某/报道``), on a
line of its own. In brackets the layout read it as the item's byline; bare, it read the
line as a photo caption and no one was credited. Invented text in the shapes of union
and company sites read in session 38."""

from __future__ import annotations

from gonghui_build.layout.end_credits import end_credit_start, is_credit_line
from tests.conftest import block_roles, page_facts

ITEM = (
    "湘潭市总工会举办职工趣味运动会\n"
    "发布时间：2025-05-08 16:20\n"
    "5月6日，湘潭市总工会职工趣味运动会在市体育中心举行，来自全市的30支代表队参加比赛。\n"
    "市总工会副主席邝文涛宣布运动会开幕。\n"
    "{credit}\n"
)


def _authors(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


def test_text_and_photos_marked_after_the_name() -> None:
    page = ITEM.format(credit="杭雨辰/图文")
    assert block_roles(page)["杭雨辰/图文"] == "byline"
    assert {("杭雨辰", "reporter"), ("杭雨辰", "photographer")} <= _authors(page)


def test_a_unit_and_its_writer_marked_as_reporting() -> None:
    page = ITEM.format(credit="公司工会 冼明轩/报道")
    assert block_roles(page)["公司工会 冼明轩/报道"] == "byline"
    assert "冼明轩" in {name for name, _ in _authors(page)}


def test_the_editors_row_after_it_names_no_author() -> None:
    page = ITEM.format(credit="杭雨辰/图文\n编辑：司马蕾\n审核：闵立中")
    names = {name for name, _ in _authors(page)}
    assert "杭雨辰" in names
    assert not names & {"司马蕾", "闵立中"}


def test_bare_marked_credits_and_what_is_no_credit() -> None:
    assert is_credit_line("杭雨辰/文 许卫东/图")
    assert end_credit_start("宣布比赛开幕。杭雨辰/图文") == 7
    assert not is_credit_line("运费为每人/天")
    assert not is_credit_line("钢材价格上涨50元/吨")
    assert not is_credit_line("会议由副主席/主持")
