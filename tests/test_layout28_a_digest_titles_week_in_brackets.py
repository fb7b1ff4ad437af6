"""A union account's weekly round-up gives the week its items are from in brackets after
its title (``一周工会动态（3月11日—3月17日）``), and prints each item's head over its text.
The title is still a digest's title, the page's: it heads none of the items, and the
first item's head stays that item's headline (not a subtitle under the round-up's
title). A title naming no digest keeps heading its text, with or without a date in
brackets. Invented text in the shape read in session 38 (a provincial workers' paper's
WeChat round-up, ``工运晨读丨…；…`` over its items)."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles

HEADER = "浔阳工会 2024-03-18 18:30 发表于江西\n"
ITEMS = (
    "浔阳区总工会召开全委会\n"
    "3月12日，浔阳区总工会召开十一届五次全委（扩大）会议，区总工会主席喻国华作工作报告。\n"
    "白鹿镇工会开展“三八”健步走\n"
    "3月8日，白鹿镇工会组织120名女职工开展健步走活动。\n"
    "区教育工会举办青年教师技能大赛\n"
    "3月14日至15日，区教育工会在区实验中学举办青年教师教学技能大赛，46名教师参赛。\n"
)
HEADS = ["浔阳区总工会召开全委会", "白鹿镇工会开展“三八”健步走", "区教育工会举办青年教师技能大赛"]


def _heads(articles: list[list[tuple[str, str]]]) -> list[str]:
    return [text for a in articles for role, text in a if role == "headline"]


@pytest.mark.parametrize(
    "period", ["（3月11日—3月17日）", "（2024.3.11-3.17）", "（第12期）", "(3月11日至17日)"]
)
def test_a_round_ups_title_with_its_week_heads_no_item(period: str) -> None:
    articles = layout_articles(f"一周工会动态{period}\n{HEADER}{ITEMS}")
    assert len(articles) == 3
    assert _heads(articles) == HEADS


def test_the_bracketed_week_is_read_past() -> None:
    from gonghui_build.layout.digest_titles import is_digest_title, names_a_digest

    assert names_a_digest("一周工会动态（3月11日—3月17日）")
    assert not is_digest_title("关于开展劳动竞赛的通知（2024年3月）")


def test_a_title_naming_no_digest_still_heads_its_text() -> None:
    page = (
        "浔阳区总工会召开全委会（3月12日）\n" + HEADER + "3月12日，浔阳区总工会召开十一届五次全委"
        "（扩大）会议，区总工会主席喻国华作工作报告。\n会议选举产生了区总工会经费审查委员会主任。\n"
    )
    articles = layout_articles(page)
    assert len(articles) == 1
    assert _heads(articles) == ["浔阳区总工会召开全委会（3月12日）"]
