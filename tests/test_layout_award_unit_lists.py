"""Award lists that print the units they honour one a line, under the award's heading or
a paragraph ending on a colon: each unit is a paragraph of the list, no photo caption.
Pinned with invented pages in the shapes of award reports on provincial sites and wiki
copies of award lists."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout


def _roles(text: str) -> dict[str, str]:
    page = layout(split_blocks(text))
    return {p.block.plain.strip(): p.role for p in page.placed}


UNITS = """青禾市东岭机械股份有限公司
柳营区人民医院
青禾市第三中学
东湖县供电公司城东供电所
"""

REPORT = """4月26日，东岭省总工会召开大会，表彰一批五一劳动奖状和奖章获得者。
其中青禾市获得省五一劳动奖状的集体有4家。
名单如下：
东岭省五一劳动奖状
"""


def test_units_under_an_award_heading_are_paragraphs_the_heading_a_heading():
    roles = _roles(REPORT + UNITS + "东岭省五一劳动奖章\n韩晓峰 青禾市东岭机械股份有限公司焊工\n")
    assert roles["东岭省五一劳动奖状"] == "section_heading"
    assert [roles[u] for u in UNITS.split()] == ["body"] * 4


def test_units_right_under_a_colon_are_paragraphs():
    lead = "今年获得省模范职工之家称号的单位是：\n"
    roles = _roles("青禾市总工会日前公布了表彰决定。\n" + lead + UNITS)
    assert [roles[u] for u in UNITS.split()] == ["body"] * 4


def test_a_note_in_brackets_after_a_unit_keeps_it_a_unit():
    units = "东岭省水文勘测研究院（东岭水文中心）\n青禾市第三中学\n柳营区人民医院\n"
    roles = _roles(REPORT + units + "全部名单见附件\n")
    assert roles["东岭省水文勘测研究院（东岭水文中心）"] == "body"


def test_institutions_without_a_lead_in_stay_as_they_were_those_with_one_are_units():
    signed = (
        "各基层工会要按时报送材料。\n"
        "青禾市总工会\n青禾市人力资源和社会保障局\n青禾市妇女联合会\n"
        "2023年3月1日\n"
    )
    roles = _roles("关于开展女职工技能竞赛的通知\n" + signed)
    assert roles["青禾市人力资源和社会保障局"] != "body"
    assert _roles(REPORT + UNITS)["柳营区人民医院"] == "body"
