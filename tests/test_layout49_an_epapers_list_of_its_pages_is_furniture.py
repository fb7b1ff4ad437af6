"""An e-paper's list of its pages under its navigation label (``版面导航`` / ``01 要闻`` /
``02 工会新闻`` / ``03 职工生活``) is the page's furniture: its last row is no kicker of the
headline under it (issue 8). Numbered rows under a heading that is no furniture (a list of
winners, ``1 某某``) stay the text's."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.page_lists import page_list
from gonghui_build.layout.shapes import Shape
from tests.conftest import layout_articles, layout_furniture

PAGE_LIST = (
    "版面导航\n"
    "01 要闻\n"
    "02 工会新闻\n"
    "03 职工生活\n"
    "青松县总工会举办职工技能大赛\n"
    "本报讯（记者 罗晓航）9月12日，青松县第五届职工职业技能大赛开幕，300余名职工参赛。\n"
)


def test_the_rows_of_an_epapers_page_list_are_furniture_and_no_kicker():
    (article,) = layout_articles(PAGE_LIST)
    assert article[0] == ("headline", "青松县总工会举办职工技能大赛")
    assert layout_furniture(PAGE_LIST)[:4] == ["版面导航", "01 要闻", "02 工会新闻", "03 职工生活"]


def test_numbered_rows_under_a_heading_are_no_page_list():
    blocks = split_blocks("获奖职工名单\n1 罗晓航\n2 韩书宁\n3 冯小舟\n")
    shapes = [Shape.DISPLAY] * len(blocks)
    assert page_list(blocks, shapes) == []


def test_rows_whose_numbers_do_not_run_on_are_no_page_list():
    blocks = split_blocks("版面导航\n01 要闻\n05 工会新闻\n")
    shapes = [Shape.FURNITURE, *[Shape.DISPLAY] * (len(blocks) - 1)]
    assert page_list(blocks, shapes) == []
