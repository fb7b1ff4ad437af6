"""A paper's bare credit may print each role word glued to its name, the names set apart
by blanks before the text's day (``本报讯 记者某甲 通讯员某乙 9月13日，…``), as it prints
them padded (``记者 某甲 通讯员 某乙``). Before, the glued form was no dateline: the
credit stayed in the text's first line and the article lost its reporter and its
correspondent. Invented names (auth27, the e-paper datelines of real_dev27)."""

from __future__ import annotations

import pytest

from tests.conftest import page_authors

HEAD = "青禾县职工法治宣传月启动\n"
TEXT = (
    "9月13日，青禾县总工会职工法治宣传月在线启动，三千余名职工在线收看首场讲座。\n"
    "县总工会负责人介绍，宣传月期间还将推出多场直播课。\n"
)


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("本报讯 记者罗晓帆 通讯员钱立 ", {("罗晓帆", "reporter"), ("钱立", "correspondent")}),
        ("本报讯 记者罗晓帆 ", {("罗晓帆", "reporter")}),
        ("本报讯 记者 罗晓帆 通讯员 钱立 ", {("罗晓帆", "reporter"), ("钱立", "correspondent")}),
    ],
)
def test_the_glued_credit_names_the_reporter_and_the_correspondent(
    credit: str, expected: set[tuple[str, str]]
) -> None:
    assert page_authors(HEAD + credit + TEXT) == expected


def test_a_sentence_about_the_reporter_credits_no_one() -> None:
    assert page_authors(HEAD + "本报讯 记者获悉 " + TEXT) == set()
