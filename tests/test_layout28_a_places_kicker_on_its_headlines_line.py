"""A national or provincial workers' paper sets the place an item comes from over its
headline (``山东青岛`` / ``码头上建起“清凉驿站”``); the tuning gold reads the place as the
kicker (real_dev, real_dev3, real_dev5). An e-paper's text layer may print both on one
line with a blank between: the place is still the kicker and the rest the headline. A
headline of two phrases, or one whose first phrase only ends as a place does
(``建设美丽新城区``), is one headline still. ANNOTATION.md is silent on the one-line
shape; this follows the tuning gold's two-line one. Invented text in the shape read in
session 38 (e-paper text layers of national and provincial workers' papers)."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles

PAGE = "第06版：地方工会\n2019年9月20日 星期五\n"
ITEM_ONE = (
    "本报讯（记者 蔺晓东）9月18日，烟台港西港区工会在码头作业区建起第三座职工“清凉驿站”，"
    "为装卸工人提供饮水、休息服务。\n港区工会主席谭明辉介绍，驿站由工会出资、企业出场地，全天开放。\n"
)
ITEM_TWO = (
    "本报讯（通讯员 晏春梅）9月16日，雅安市总工会在名山区开办茶叶加工技能夜校，首期80名茶农参加。\n"
)


def _role_texts(articles: list[list[tuple[str, str]]], role: str) -> list[str]:
    return [text for a in articles for r, text in a if r == role]


@pytest.mark.parametrize("gap", ["\u3000", "  "])
def test_the_place_is_the_kicker_and_the_rest_the_headline(gap: str) -> None:
    page = (
        PAGE
        + "山东烟台 码头上建起职工“清凉驿站”\n"  # one blank after two places
        + ITEM_ONE
        + f"雅安{gap}雅安市总工会为茶农开办技能夜校\n"
        + ITEM_TWO
    )
    articles = layout_articles(page)
    assert len(articles) == 2
    assert _role_texts(articles, "kicker") == ["山东烟台", "雅安"]
    assert _role_texts(articles, "headline") == [
        "码头上建起职工“清凉驿站”",
        "雅安市总工会为茶农开办技能夜校",
    ]


@pytest.mark.parametrize(
    "head",
    [
        "劳模工匠走进咖啡园 技术服务送到田间地头",
        "建设美丽新城区 工会干部在行动",
        "职工书屋 开到工地",
        "雅安市 总工会为茶农开办技能夜校",  # an OCR space after the subject's place
    ],
)
def test_a_headline_opening_with_no_place_stays_whole(head: str) -> None:
    articles = layout_articles(PAGE + head + "\n" + ITEM_ONE)
    assert _role_texts(articles, "headline") == [head]
    assert _role_texts(articles, "kicker") == []


def test_places_named_one_after_the_other() -> None:
    from gonghui_build.layout.kicker_lines import names_places

    assert names_places("山东青岛") and names_places("四川雅安") and names_places("延庆")
    assert not names_places("建设美丽新城区")
