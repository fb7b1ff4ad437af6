"""A workers' paper's standing column's name that is not listed but ends as column names
end (``安全园地``, ``匠心天地``, ``法治之窗``), printed alone on its line between two items
or in 【】 before a title (``【蹲点日记】``), is the page's, as ``职工天地`` is
(``ANNOTATION.md``: a standing column's name over an item is furniture; a column's name in
【】 opening the title's line is no part of the headline). Neither a second headline line
nor a kicker of the item under it. A short phrase over a headline (``坚守一线``), an essay's
title ending so (``我的小天地``) and a district's tag in 【】 (``【浦东新区】``) are as
before. Invented text in the shape of provincial workers' papers' e-pages and a national
workers' daily's web copies, read in sessions 40 and 41."""

from __future__ import annotations

import pytest

from gonghui_build.layout.column_names import is_column_name
from tests.conftest import block_roles, layout_heads
from tests.test_layout37_a_standing_column_between_two_items_is_furniture import (
    ESSAY,
    FIRST,
    QUESTION,
)


@pytest.mark.parametrize("column", ["安全园地", "匠心天地", "法治之窗", "女工园地", "【文化园地】"])
@pytest.mark.parametrize("item", [ESSAY, QUESTION], ids=["essay", "question"])
def test_a_column_ending_as_columns_end_is_furniture(column: str, item: str) -> None:
    page = FIRST + column + "\n" + item
    assert block_roles(page)[column] == "furniture"
    heads = layout_heads(page)
    assert len(heads) == 2
    assert heads[1] == [("headline", item.split("\n", 1)[0])]


def test_a_listed_grass_roots_column_is_no_kicker() -> None:
    page = FIRST + "基层一线\n" + ESSAY
    assert block_roles(page)["基层一线"] == "furniture"
    assert layout_heads(page)[1] == [("headline", "师傅的那本笔记")]


def test_a_four_character_column_in_brackets_is_cut_off_the_title() -> None:
    page = (
        FIRST + "【蹲点日记】码头上的一碗绿豆汤\n本报记者 葛云帆\n"
        "一早我们来到港区，装卸工人已经在烈日下干了两个小时。\n"
    )
    assert layout_heads(page)[1] == [("headline", "码头上的一碗绿豆汤")]


@pytest.mark.parametrize("column", ["职工天地", "安全园地"])
def test_a_column_set_before_the_title_with_blanks_is_cut_off(column: str) -> None:
    page = FIRST + column + "  " + ESSAY
    assert layout_heads(page)[1] == [("headline", "师傅的那本笔记")]
    assert block_roles(page)[column] == "furniture"


def test_a_two_phrase_headline_opening_as_a_column_ends_stays_whole() -> None:
    page = (
        FIRST
        + "广阔天地 大有作为\n□湖滨重工集团 孟晓岚\n"
        + ("十年前，我从技校毕业来到这片荒滩上的新厂区。\n")
    )
    assert layout_heads(page)[1] == [("headline", "广阔天地 大有作为")]


def test_a_districts_tag_in_brackets_stays_on_the_headline() -> None:
    page = (
        FIRST
        + "【浦东新区】街道工会为快递小哥建起爱心驿站\n本报记者 葛云帆\n"
        + ("7月8日，浦东新区某街道工会在商圈建起第三座快递小哥爱心驿站。\n")
    )
    assert layout_heads(page)[1] == [("headline", "【浦东新区】街道工会为快递小哥建起爱心驿站")]


def test_an_essays_title_ending_so_stays_its_headline() -> None:
    page = FIRST + "我的小天地\n□湖滨重工集团 孟晓岚\n下班后，我总爱在阳台上侍弄那几盆花草。\n"
    assert layout_heads(page)[1] == [("headline", "我的小天地")]


def test_a_phrase_over_a_headline_stays_its_kicker() -> None:
    page = FIRST + "坚守一线\n" + QUESTION
    assert ("kicker", "坚守一线") in layout_heads(page)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("匠心天地", True),
        ("【蹲点日记】", True),
        ("工会干部手记", True),
        ("记者手记", False),
        ("职工天地", True),
        ("工会之苑", True),
        ("我的小天地", False),
        ("天地", False),
        ("走进她的园地", False),
        ("新闻速递", False),
        ("浦东新区", False),
        ("湖滨市总工会职工文化园地", False),
    ],
)
def test_what_reads_as_a_columns_name(text: str, expected: bool) -> None:
    assert is_column_name(text) is expected
