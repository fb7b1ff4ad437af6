"""A union's work bulletin prints its masthead with the issue on one line
(``某市总工会工作简报（第12期）``) and under it the office that edits it and the date
(``某市总工会办公室编  2019年6月18日``): both are the issue's furniture, no kicker nor
headline, so the numbered news items under them (``1.某某总工会召开…。6月10日，…``) are
an article each, as under a digest's title. A headline that names a bulletin without an
issue, and one that ends on 编 but names no office, stay headlines. Invented text in the
shape of union bulletins read in session 37 (layout27)."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_articles

ITEMS = (
    "1.市总工会召开基层工会规范化建设推进会。6月10日，市总工会在市职工服务中心召开"
    "推进会，各县区总工会分管负责人参加会议。\n"
    "2.市总工会开展“安康杯”知识竞赛。6月12日，来自全市二十支代表队的六十名职工参加了"
    "决赛，市建工集团代表队获得一等奖。\n"
    "3.东湖区总工会举办工会财务人员培训班。6月14日，全区四十余名基层工会会计参加培训。\n"
)


def test_numbered_items_under_a_masthead_and_its_issuer_are_articles() -> None:
    page = "临川市总工会工作简报（第12期）\n临川市总工会办公室编　　2019年6月18日\n\n" + ITEMS
    articles = layout_articles(page)
    assert len(articles) == 3
    assert all(role != "headline" for a in articles for role, _ in a)


def test_numbered_items_under_the_masthead_alone_are_articles() -> None:
    assert len(layout_articles("临川市总工会工作简报（第12期）\n\n" + ITEMS)) == 3


def test_masthead_lines_with_their_issue_are_furniture() -> None:
    for line in (
        "临川市总工会工作简报（第12期）",
        "工会信息 2019年第3期",
        "职工之家简报 第十二期",
        "工会工作动态（2020年第5期）（总第86期）",
    ):
        assert furniture_kind(line) is not None, line


def test_the_bulletins_issuer_is_furniture() -> None:
    for line in ("临川市总工会办公室编", "某区总工会宣传部编印"):
        assert furniture_kind(line) is not None, line


def test_heads_that_name_no_issue_or_no_office_are_no_furniture() -> None:
    for line in (
        "市总工会工作简报编发工作会议召开",
        "职工书屋动态",
        "故事新编",
        "临川市总工会召开第12次全委会",
    ):
        assert furniture_kind(line) is None, line
