"""A numbered name list printed after a report (``1.某公司某厂电焊工 某某``, one winner a
line, the name last) is a list: each line is a body paragraph of the article, none a
caption, a heading or the page's footer.
Invented text in the shape of a union site's award report."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.roster import winner_lines
from gonghui_build.layout.segment import layout

PAGE = """\
南川市五一劳动奖章表彰大会召开
发布时间：2019-04-29　来源：宣传教育部
4月28日，南川市五一劳动奖章表彰大会召开，二十名职工获得市五一劳动奖章。
附：部分受表彰个人名单
1.南川重型机械有限公司铸造厂浇注工 贺长明
2.南川市人民医院急诊科护士 龙晓梅
3.南川市第三中学教师 覃玉兰
4.南川顺达快递有限公司快递员 伍志刚
责任编辑：田雨
"""


def test_each_line_of_a_numbered_name_list_is_a_body_paragraph() -> None:
    page = layout(split_blocks(PAGE))
    listed = [p for p in page.placed if p.block.plain[:2] in ("1.", "2.", "3.", "4.")]
    assert len(listed) == 4
    assert all(p.role == "body" and p.article == 0 for p in listed)
    assert {p.block.index for p in listed} <= page.rows


def test_numbered_sentences_make_no_name_list() -> None:
    assert {4, 5, 6, 7} <= winner_lines(split_blocks(PAGE), set())  # the four numbered lines
    sentences = PAGE.replace("浇注工 贺长明", "浇注工，获奖 贺长明").replace(
        "护士 龙晓梅", "护士，获奖 龙晓梅"
    )
    assert not {4, 5} & winner_lines(split_blocks(sentences), set())  # the two sentences
