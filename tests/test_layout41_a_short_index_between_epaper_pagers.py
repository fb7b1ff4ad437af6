"""A city workers' paper's e-paper page lists its items' titles between its pager
(``3上一版  下一版4``) and ``版面导航``; when the page holds three items or fewer the list
is a short run of short lines between blank lines, which was kept whole as a banner or
caption, read as text and made an article of its own. A run between two lines of the
page's furniture is its list of titles: each line a block of its own, none an article.
A banner of two lines under a headline's text, no furniture around it, is as before.
Invented pages in the shape of a city workers' paper's e-paper pages read in session 42."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles, layout_heads

ITEM = (
    "丰台区总工会开展“暖冬行动”\n为快递员送去冬季护具\n\n\n"
    "本报讯 (记者 齐方圆)1月7日，丰台区总工会走进辖区快递网点，为200余名快递员送去护膝、手套等冬季护具。\n\n"
    "区总工会相关负责人表示，将持续开展关爱新就业形态劳动者系列活动。\n\n"
    "3上一篇  下一篇4\n"
)
TITLES = [
    "丰台区总工会为快递员送去冬季护具",
    "石景山区职工书屋新添图书两千册",
    "昌平区总工会开展职工心理健康讲座",
]


def _page(titles: list[str]) -> str:
    listed = "\n".join(titles)
    return (
        f"第05版:工会\n3上一版  下一版4\n \n{listed}\n \n版面导航\n \n3上一期\n"
        f"3上一篇  下一篇4 2025年1月9日 放大 缩小 默认\n{ITEM}"
    )


@pytest.mark.parametrize("count", [2, 3])
def test_a_short_list_of_titles_between_pagers_is_no_article(count: int):
    page = _page(TITLES[:count])
    assert len(layout_articles(page)) == 1
    assert layout_heads(page)[0] == [
        ("kicker", "丰台区总工会开展“暖冬行动”"),
        ("headline", "为快递员送去冬季护具"),
    ]


def test_a_longer_list_is_as_before():
    page = _page([*TITLES, "门头沟区举办职工健步走活动"])
    assert len(layout_articles(page)) == 1
