"""A document's parts headed by ordinals over text, read in session 13 (invented page in
a real shape): a union's work summary copied from its website."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

SUMMARY = (
    "青禾电缆有限公司工会2025年工作总结\n"
    "作者：公司工会　发布时间：2026-01-12\n"
    "2025年，公司工会围绕年度生产经营目标，较好地完成了全年各项工作。\n"
    "一、抓好民主管理，职代会制度有效运行\n"
    "3月18日，公司召开职工代表大会，审议通过了年度集体合同。\n"
    "二、开展劳动竞赛，助推生产任务完成\n"
    "4月至11月，工会在各车间开展劳动竞赛，参赛班组二十八个。\n"
    "三、关心职工生活，帮扶工作落到实处\n"
    "春节前走访慰问困难职工十九户，发放慰问金三万八千元。\n"
    "青禾电缆有限公司工会\n"
)


def test_ordinal_headings_one_two_three_each_over_text_are_the_documents_section_headings():
    placed = layout(split_blocks(SUMMARY)).placed
    roles = {p.block.plain: (p.role, p.article) for p in placed}
    for head in SUMMARY.splitlines()[3:9:2]:
        assert roles[head] == ("section_heading", 0), head
    assert len({p.article for p in placed if p.article is not None}) == 1


ROUNDUP = (
    "岁末讨薪有“娘家人”\n"
    "本报记者 柏云舟 祁晓岚\n"
    "年关将近，各地工会把清欠服务送到了工地上。\n"
    "青禾：律师驻点 一周办结\n"
    "在青禾新区一处工地，市总工会设立了法律服务站。\n"
    "柳岸：联合检查 源头防欠\n"
    "柳岸市总工会联合人社部门开展专项检查。\n"
)


def test_place_and_colon_headings_of_a_roundup_are_its_section_headings():
    placed = layout(split_blocks(ROUNDUP)).placed
    roles = {p.block.plain: (p.role, p.article) for p in placed}
    assert roles["青禾：律师驻点 一周办结"] == ("section_heading", 0)
    assert roles["柳岸：联合检查 源头防欠"] == ("section_heading", 0)
