"""A roundup's sub-heading that opens with the city it reports and a colon (``某市：律师
驻点 一周办结``) is a section heading inside the roundup, not a speaker's turn of text,
though a city's short name is shaped like a person's name.
Invented text in the shape of a provincial workers' paper's roundup."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """\
岁末送温暖 工会在行动
本报记者 钱雅文
年关将近，全省各级工会走进工地和车间，把温暖送到一线职工身边。
南京：律师驻点 一周办结
在一处住宅项目工地，市总工会派驻的律师为二十名农民工办结了欠薪案件。
徐州：送法到工地 职工学维权
12月15日，市总工会在一处道路施工现场举办法律讲座，一百余名职工参加。
"""


def test_a_city_and_a_colon_over_a_part_of_a_roundup_is_a_section_heading() -> None:
    page = layout(split_blocks(PAGE))
    roles = {p.block.plain: p.role for p in page.placed}
    assert roles["南京：律师驻点 一周办结"] == "section_heading"
    assert roles["徐州：送法到工地 职工学维权"] == "section_heading"
    assert len(page.articles) == 1
