"""A union's own bulletin prints its name and the digest's word as its title, the week
in brackets after it (``某市总工会一周工作动态（3月4日—3月10日）``), over numbered or
bulleted news items with no heads. The title names no item: it is the digest's title
(furniture), and each item is an article with no headline, as under ``工会动态``
(ANNOTATION: each digest item is an article; the tuning sets' numbered items under
``工会简讯`` and ``一句话新闻`` are headless articles). A headline that goes on past the
union's name says what the union did and stays a headline. Invented text in the shape of
city unions' weekly bulletins read in session 39."""

from __future__ import annotations

import pytest

from gonghui_build.layout.digest_titles import is_digest_title
from tests.conftest import block_roles, layout_articles

TITLE = "丹江市总工会一周工作动态（3月4日—3月10日）"
ITEMS = (
    "{n}3月4日，丹江市总工会召开党组理论学习中心组学习会，传达学习全国两会精神。\n"
    "{n}3月6日，丹江市总工会女职工委员会举办主题读书分享会，80余名女职工参加。\n"
    "{n}3月8日，丹江市总工会联合市妇联走访慰问一线女职工，送去节日祝福。\n"
)


def _page(marks: list[str]) -> str:
    lines = ITEMS.splitlines()
    return (
        TITLE
        + "\n"
        + "\n".join(line.format(n=m) for line, m in zip(lines, marks, strict=True))
        + "\n"
    )


@pytest.mark.parametrize(
    "marks",
    [["1.", "2.", "3."], ["1、", "2、", "3、"], ["▲", "▲", "▲"]],
    ids=["dot", "comma", "bullet"],
)
def test_each_item_under_a_unions_bulletin_title_is_an_article(marks: list[str]) -> None:
    articles = layout_articles(_page(marks))
    assert len(articles) == 3
    assert all(role != "headline" for a in articles for role, _ in a)


def test_the_bulletins_title_is_furniture() -> None:
    assert block_roles(_page(["1.", "2.", "3."]))[TITLE] == "furniture"


@pytest.mark.parametrize(
    "title",
    [
        "李沧区总工会工作动态",
        "某重工集团公司工会简讯",
        "市总工会一周要闻",
        "县总工会每周工作快讯（第12期）",
    ],
)
def test_a_unions_name_and_a_digests_word_is_a_digest_title(title: str) -> None:
    assert is_digest_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "丹江市总工会召开新闻发布会",
        "区总工会开展送清凉活动",
        "兰州工会五年工作掠影",
        "市总工会举办职工摄影展",
    ],
)
def test_a_headline_saying_what_a_union_did_is_no_digest_title(title: str) -> None:
    assert not is_digest_title(title)


def test_numbered_items_under_a_headline_of_what_a_union_did_stay_one_article() -> None:
    page = "丹江市总工会召开三届五次全委会\n" + (
        "会议审议通过了以下事项：\n"
        "1.审议通过了市总工会2023年工作报告。\n"
        "2.审议通过了市总工会2023年经费收支情况报告。\n"
    )
    assert len(layout_articles(page)) == 1


def test_a_bulletins_title_over_headed_items_is_no_kicker() -> None:
    page = (
        "李沧区总工会工作动态\n"
        "区总工会召开第三季度工作推进会\n"
        "5月4日，李沧区总工会召开第三季度工作推进会，区总工会常务副主席赵海涛出席并讲话。\n"
        "区总工会举办职工心理健康讲座\n"
        "5月5日，区总工会邀请心理咨询师为60余名一线职工讲授心理调适方法。\n"
    )
    articles = layout_articles(page)
    assert [[t for r, t in a if r in ("kicker", "headline")] for a in articles] == [
        ["区总工会召开第三季度工作推进会"],
        ["区总工会举办职工心理健康讲座"],
    ]
    assert block_roles(page)["李沧区总工会工作动态"] == "furniture"
