"""A city paper's app prints its credits in keyed rows under the text: ``文 | 记者 某某
通讯员 某某``, ``来源 | 某报``, ``图片 | 通讯员供图``, ``责编 | 某某``. The writers' row is the
article's byline (whatever the correspondent signs with: a name or a unit's pen name), the
photo's source row the page's; neither is the title of a headless article printed after
its text. Invented text in the shape of such an app's copies of union news."""

from __future__ import annotations

import pytest

from gonghui_build.layout.heads_trailing import keyed_credit
from tests.conftest import layout_articles

PAGE = """\
10月15日，第五届珠三角职工技能大赛闭幕式在佛山举行。
闭幕式上，大赛组委会为获得金、银、铜牌的120名选手颁奖。
文 | 记者 黄志强 通讯员 {correspondent}
来源 | 南方工人报
图片 | 通讯员供图
责编 | 冯晓
"""


@pytest.mark.parametrize("correspondent", ["粤工宣", "李明"])
def test_the_keyed_rows_give_no_headline(correspondent: str) -> None:
    articles = layout_articles(PAGE.format(correspondent=correspondent))
    assert len(articles) == 1
    roles = dict((text, role) for role, text in articles[0])
    assert "headline" not in roles.values()
    assert roles[f"文 | 记者 黄志强 通讯员 {correspondent}"] == "byline"
    assert "图片 | 通讯员供图" not in roles  # the page's


def test_what_a_keyed_credit_row_is() -> None:
    for row in (
        "文 | 记者 黄志强 通讯员 粤工宣",
        "图片 | 通讯员供图",
        "图：受访者供图",
        "文|记者黄志强",
    ):
        assert keyed_credit(row), row
    for row in (
        "职工之家 | 记者走进一线班组",  # a column and a title
        "文 | 记者走进车间，看到工人们正在忙碌。",
        "来源 | 南方工人报",
    ):
        assert not keyed_credit(row), row


def test_a_title_printed_after_the_text_is_still_read() -> None:
    page = """\
10月15日，第五届珠三角职工技能大赛闭幕式在佛山举行。
闭幕式上，大赛组委会为获得金、银、铜牌的120名选手颁奖。
第五届珠三角职工技能大赛闭幕
南方工会
"""
    articles = layout_articles(page)
    assert ("headline", "第五届珠三角职工技能大赛闭幕") in articles[0]
