"""A masthead row that prints the paper's name, then the page's label and name on one
line (``某某工人报 第3版 要闻``): page furniture, no kicker of the item under it (issue 8).
A paper's name glued to a number is left alone. Invented pages."""

from __future__ import annotations

from tests.conftest import layout_articles, layout_furniture

ITEM = (
    "南湖区总工会举办职工书法比赛\n"
    "本报讯（记者 苏明远）5月6日，南湖区总工会在区职工服务中心举办职工书法比赛，"
    "来自32家基层工会的120名职工参赛。\n"
)


def test_a_papers_name_then_its_page_label_is_furniture():
    for row in ("北方工人报 第3版 要闻", "北方日报｜03版：综合新闻", "北方工人报 A2版"):
        page = row + "\n" + ITEM
        (article,) = layout_articles(page)
        assert article[0] == ("headline", "南湖区总工会举办职工书法比赛"), row
        assert row in layout_furniture(page)


def test_a_papers_name_alone_before_a_title_is_no_page_label():
    from gonghui_build.layout.furniture import furniture_kind

    assert furniture_kind("北方工人报 职工书屋进车间") is None
