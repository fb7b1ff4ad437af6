"""A printed paper's PDF text copied as text: its running head with the date written as a
path, and a kicker broken over two lines and led by its dash into the headline; pinned
with invented lines of those shapes."""

from __future__ import annotations

import pytest

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.segment import layout


@pytest.mark.parametrize(
    "line",
    [
        "青岚工人报/2024 年/9 月/12 日/第 003 版基层动态",
        "职工日报/2023年/5月/8日/第002版",
        "南坪日报/2021年/6月/30日",
    ],
)
def test_a_masthead_date_written_as_a_path_is_furniture(line):
    assert furniture_kind(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "首页/新闻中心/柳营区总工会召开全委会议暨职工代表座谈会的有关情况通报",
        "2021年/6月/30日，柳营区总工会召开全委会议，部署下半年工作。",
    ],
)
def test_a_path_without_a_dated_masthead_or_a_sentence_is_not(line):
    assert furniture_kind(line) is None


PAGE = """青岚工人报/2024 年/9 月/12 日/第 003 版基层动态
柳营区工会织密服务网络，让职工在家门口享受贴心服务的获得感不断增
强——
十五分钟服务圈覆盖全区
本报记者 邵青山
近年来，柳营区总工会在园区、商圈和社区建成职工驿站六十个，为户外劳动者提供休息、饮水、充电等服务。
驿站负责人说，每天来歇脚的职工有一百多人次。
"""


def test_a_kicker_broken_before_its_dash_is_one_block_over_the_headline():
    blocks = [b.plain for b in split_blocks(PAGE)]
    assert "柳营区工会织密服务网络，让职工在家门口享受贴心服务的获得感不断增\n强——" in blocks
    assert "十五分钟服务圈覆盖全区" in blocks


def test_the_headline_under_a_dashed_kicker_is_found():
    page = layout(split_blocks(PAGE))
    heads = [p.block.plain for p in page.placed if p.role == "headline"]
    furniture = [p.block.plain for p in page.placed if p.role == "furniture"]
    assert heads == ["十五分钟服务圈覆盖全区"]
    assert furniture == ["青岚工人报/2024 年/9 月/12 日/第 003 版基层动态"]
    assert len(page.articles) == 1
