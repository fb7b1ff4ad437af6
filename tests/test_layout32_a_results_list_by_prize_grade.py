"""A contest's or a call for entries' results list (``某某大赛获奖名单``) prints each prize
grade on a line of its own (``一等奖``, ``二等奖``, ``优秀组织奖``) over its winners, one a
line (``某某 某某公司``, or ``某某公司  某某``). The grades are the list's headings, as an
award's name is in an honours list (real_dev12: the list is one article under its title,
each winner's line a body paragraph): the list is an article, not lines of furniture, and
``一等奖`` right under the title is the list's first heading, not a subtitle whose dash an
OCR read as 一. Invented text in the shape of union sites' results lists read in session
39 (a speech contest, an essay call, a skills contest)."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles

TITLE = "2023年全市职工技能大赛获奖名单"
BY_NAME = (
    "一等奖\n刘振东 宜宾五粮液集团\n赵国庆 宜宾长江工程公司\n"
    "二等奖\n王建华 宜宾天原集团\n陈立伟 宜宾丝丽雅集团\n"
    "优秀组织奖\n翠屏区总工会\n南溪区总工会\n"
)
BY_UNIT = (
    "一等奖\n宜宾五粮液集团  刘振东\n宜宾长江工程公司  赵国庆\n"
    "二等奖\n宜宾天原集团  王建华\n宜宾丝丽雅集团  陈立伟\n"
)


@pytest.mark.parametrize("rows", [BY_NAME, BY_UNIT], ids=["name_first", "unit_first"])
def test_a_results_list_is_one_article_under_its_title(rows: str) -> None:
    (article,) = layout_articles(TITLE + "\n" + rows)
    assert [text for role, text in article if role == "headline"] == [TITLE]
    heads = [text for role, text in article if role == "section_heading"]
    assert heads[:2] == ["一等奖", "二等奖"]
    assert "subtitle" not in [role for role, _ in article]


def test_each_winners_line_is_a_paragraph() -> None:
    (article,) = layout_articles(TITLE + "\n" + BY_NAME)
    body = [text for role, text in article if role == "body"]
    assert body == [
        "刘振东 宜宾五粮液集团",
        "赵国庆 宜宾长江工程公司",
        "王建华 宜宾天原集团",
        "陈立伟 宜宾丝丽雅集团",
        "翠屏区总工会",
        "南溪区总工会",
    ]


def test_an_ocr_dash_read_as_one_still_opens_a_subtitle() -> None:
    page = "职工书屋进工地\n一走进宜宾长江工程公司项目部\n" + (
        "本报讯 近日，宜宾市总工会为长江工程公司项目部送去职工书屋图书两千册。\n"
    )
    (article,) = layout_articles(page)
    assert ("subtitle", "一走进宜宾长江工程公司项目部") in article
