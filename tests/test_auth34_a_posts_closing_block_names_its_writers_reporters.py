"""A post's closing block (``撰稿：某某`` on a line of its own over ``摄影：``, ``编辑：``,
``审核：`` rows) names the account's writers: reporters (ANNOTATION.md, ``撰稿：`` closing
a WeChat post), where a bracketed credit (``（撰稿：某某 摄影：某某）``, a union site's or a
yearbook's) keeps its author. The block's writers are read when a name is padded to
three characters' width or joined with a dot, and when the block closes a list of
``某组一等奖：某某`` rows (no row of the list). Invented names (auth34, the shapes of
real_dev32's and real_dev34's WeChat posts)."""

from __future__ import annotations

import pytest

from gonghui_build.layout.end_credits import is_keyed_credit
from tests.conftest import page_authors

PAGE = (
    "青禾区总工会\n"
    "2025年03月10日 18:06 四川\n"
    "青禾区总工会举办职工技能大赛\n"
    "3月8日，青禾区总工会举办职工技能大赛，60名职工参加。\n"
    "{rows}"
    "{closing}\n"
    "编辑：钱立\n"
    "审核：罗平\n"
)
SENTENCE = "下一步，区总工会将组织开展职工健步走活动。\n"
ROWS = "焊工组一等奖：马丽娜\n电工组一等奖：欧阳海\n"


@pytest.mark.parametrize("rows", [SENTENCE, ROWS])
def test_the_blocks_writers_are_reporters(rows: str) -> None:
    page = PAGE.format(rows=rows, closing="撰稿：罗晓帆 李  婷\n摄影：方志远")
    assert page_authors(page) == {
        ("罗晓帆", "reporter"),
        ("李婷", "reporter"),
        ("方志远", "photographer"),
    }


def test_a_bracketed_writers_credit_keeps_its_author() -> None:
    page = PAGE.format(rows=SENTENCE, closing="（撰稿：罗晓帆 摄影：方志远）")
    assert page_authors(page) == {("罗晓帆", "author"), ("方志远", "photographer")}


@pytest.mark.parametrize(
    "line", ["撰稿：罗晓帆 李  婷", "撰稿：阿依古丽·吐尔逊 李婷", "撰稿：阿依古丽·吐尔逊"]
)
def test_padded_and_dotted_names_make_a_keyed_credit(line: str) -> None:
    assert is_keyed_credit(line)


def test_a_key_before_words_is_no_keyed_credit() -> None:
    assert not is_keyed_credit("撰稿：认真学习 贯彻落实")


def test_a_writers_row_with_its_photographer_beside_it_names_reporters() -> None:
    page = PAGE.format(rows=SENTENCE, closing="撰稿：罗晓帆  摄影：方志远")
    assert page_authors(page) == {("罗晓帆", "reporter"), ("方志远", "photographer")}


def test_a_row_holding_the_editors_field_keeps_its_author() -> None:
    page = PAGE.format(rows=SENTENCE, closing="撰稿：罗晓帆 / 摄影：方志远 / 编辑：严立")
    assert ("罗晓帆", "author") in page_authors(page)
