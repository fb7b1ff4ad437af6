"""Briefs that print their head run in before their text, with no dateline (``某县工会
举办职工篮球赛 10月28日，某县总工会…``), under a column of briefs (``综合消息``): each
brief is an article headed by its run-in head, and the column's title is the page's.
Invented text in the shape of a printed page's text layer."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """\
第04版：工会动态
2020年11月3日 星期二
综合消息
清河区总工会开展安全生产月活动 近日，清河区总工会在全区开展安全生产月活动，一百余家企业参加。
柳林县工会举办职工篮球赛 10月28日，柳林县总工会举办第三届职工篮球赛，十六支代表队参赛。
南湖镇工会慰问困难职工 10月30日，南湖镇工会走访慰问困难职工二十户，送去米面油。
"""


def _roles(text: str) -> list[tuple[str, str, int | None]]:
    return [(p.role, p.block.plain, p.article) for p in layout(split_blocks(text)).placed]


def test_each_brief_with_a_run_in_head_is_an_article_under_its_head_alone() -> None:
    page = layout(split_blocks(PAGE))
    assert len(page.articles) == 3
    heads = [plain for role, plain, _ in _roles(PAGE) if role == "headline"]
    assert heads == [
        "清河区总工会开展安全生产月活动",
        "柳林县工会举办职工篮球赛",
        "南湖镇工会慰问困难职工",
    ]
    assert ("furniture", "综合消息", None) in _roles(PAGE)

    line = "清河区总工会副主席 刘晓岚 近日，她带队走访了十家企业，了解职工需求。\n"
    assert len(split_blocks(line)) == 1  # a name and a post before a sentence: no head
