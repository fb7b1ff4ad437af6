"""A square before words of the dictionary that no name is shaped like (``■基层传真``,
``□工会动态``) marks a column's label set over the next item: no credit closing the item
before it (it named the column the item's correspondent). A square before a name, or a
two-character name padded to three (``■邓立群``, ``■晏 飞``), still credits its writer.
Invented lines."""

from __future__ import annotations

import pytest

from gonghui_build.layout.end_credits import end_credit_start
from tests.conftest import block_roles

PAGE = (
    "■工会动态\n"
    "达州市总工会召开劳模座谈会\n"
    "本报讯（记者 符一鸣）4月26日，达州市总工会召开劳模代表座谈会，12名劳模参加。\n"
    "■基层传真\n"
    "宣汉县举办职工技能比武\n"
    "本报讯（通讯员 冉小雨）4月25日，宣汉县总工会举办电工技能比武，40名选手参赛。\n"
)


@pytest.mark.parametrize("line", ["■基层传真", "□工会动态", "■综合新闻", "■一线传真"])
def test_a_columns_label_after_a_square_is_no_credit(line):
    assert end_credit_start(line) is None


@pytest.mark.parametrize("line", ["■邓立群", "■晏 飞", "□欧阳晓峰", "■邓立群 冉小雨"])
def test_a_name_after_a_square_is_a_credit(line):
    assert end_credit_start(line) == 0


def test_the_label_between_two_items_closes_neither():
    roles = block_roles(PAGE)
    assert roles["■基层传真"] != "byline"
    assert roles["宣汉县举办职工技能比武"] == "headline"
    assert roles["达州市总工会召开劳模座谈会"] == "headline"
