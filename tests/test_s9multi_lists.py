"""Lists printed one item a line after a lead-in with a colon; pinned with invented pages
of the shapes of yearbooks, county gazetteers and award reports."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

AWARDS = """县总工会表彰一批模范职工之家
本报讯（通讯员 苗青）3月5日，石桥县总工会召开表彰大会，授予四个单位“模范职工之家”称号。名单如下：
石桥建工集团第二项目部工会
石桥水泥有限公司工会
南坪镇卫生院工会
石桥县实验小学工会
会上，县总工会主席孔令山号召全县职工向先进学习。
"""


def _roles(text: str) -> list[tuple[str, int | None, str]]:
    page = layout(split_blocks(text))
    return [(p.role, p.article, p.block.plain) for p in page.placed]


def test_the_units_listed_after_a_colon_are_paragraphs_of_the_text():
    placed = _roles(AWARDS)
    units = [
        (role, article)
        for role, article, text in placed
        if text.endswith("工会") and "召开" not in text
    ]
    assert len(units) == 4
    assert all(role == "body" and article == 0 for role, article in units)


def test_the_list_lines_are_each_a_paragraph_of_their_own():
    page = layout(split_blocks(AWARDS))
    listed = [
        p.block.index for p in page.placed if p.block.plain.startswith(("石桥建工", "南坪镇"))
    ]
    assert listed and set(listed) <= page.rows


def test_numbered_headings_after_a_colon_open_sections_not_a_list():
    text = """市总工会召开全委会议
本报讯（记者 韦川）1月9日，市总工会召开全委会议。会议指出，过去一年工作主要体现在两个方面：
一、思想引领有力有效
全市工会组织宣讲三百余场。
二、建功舞台更加广阔
全市开展劳动竞赛一百余项。
"""
    placed = _roles(text)
    heads = [role for role, _, t in placed if t.startswith(("一、", "二、"))]
    assert heads == ["section_heading", "section_heading"]


def test_a_heading_after_a_list_of_chairmen_is_a_section_heading():
    text = """第一节 县总工会
一、组织沿革
1951年，石桥县工会联合会成立。
历任主席：
郑长庚（1951—1956）
马秀英（女，1956—1966）
二、基层组织
至1990年，全县有基层工会一百二十八个。
"""
    placed = _roles(text)
    assert ("section_heading", 0, "二、基层组织") in placed
    assert [r for r, _, t in placed if t.startswith(("郑长庚", "马秀英"))] == ["body", "body"]
