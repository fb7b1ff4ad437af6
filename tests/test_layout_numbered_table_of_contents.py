"""A table of contents that numbers the titles its items print bare; pinned with an
invented page of that shape."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.index import title_key
from gonghui_build.layout.segment import layout

PAGE = """东坪县总工会工作总结汇编
目录
1.东坪县总工会2022年工作总结
2.东坪县总工会2023年工作要点
3.东坪县总工会2023年上半年工作总结
东坪县总工会2022年工作总结
2022年，县总工会在县委和市总工会的领导下，围绕中心、服务大局，各项工作取得新成效。
一、组织建设
全年新建基层工会十六个，发展会员九百人。
"""


def test_a_numbered_title_and_its_bare_copy_compare_equal():
    assert title_key("1.东坪县总工会2022年工作总结") == title_key("东坪县总工会2022年工作总结")
    assert title_key("1.5万名职工参加健步走") != title_key("5万名职工参加健步走")


def test_the_numbered_contents_are_furniture_and_the_bare_title_is_the_headline():
    page = layout(split_blocks(PAGE))
    heads = [p.block.plain for p in page.placed if p.role == "headline"]
    furniture = [p.block.plain for p in page.placed if p.role == "furniture"]
    assert heads == ["东坪县总工会2022年工作总结"]
    assert "1.东坪县总工会2022年工作总结" in furniture
    assert "2.东坪县总工会2023年工作要点" in furniture
