"""A digest's title (``工会要闻速递``) over news items each numbered with a Chinese numeral
and printing its head over its one paragraph (``一、某州总工会召开…`` / ``3月8日，…``): each
item is an article headed by its head, as the same items under a bulletin's masthead are
(``ANNOTATION.md``: each digest item, a number among its marks, is an article); the title
is the page's; a credit closing an item on a line of its own (``（某某）``, ``（供稿：某某）``)
is that item's byline. A report's numbered parts under a title of its own that names no digest stay one
article. Invented text in the shape of union sites' and bulletins' digests read in
sessions 37 and 40."""

from __future__ import annotations

from tests.conftest import block_roles, layout_articles

ITEMS = (
    "一、黔东州总工会召开七届六次全委会\n"
    "3月8日，黔东州总工会召开七届六次全委（扩大）会议，部署2023年重点任务。\n"
    "二、丹溪市总工会举办职工技能比武\n"
    "近日，丹溪市总工会举办第五届职工技能比武，180名职工参加比赛。\n"
    "三、麻阳县总工会开展女职工健康体检\n"
    "3月6日至10日，麻阳县总工会组织全县300余名一线女职工开展免费健康体检。\n"
)


def _roles(article: list[tuple[str, str]]) -> list[str]:
    return [role for role, _ in article]


def test_each_numbered_item_under_the_title_is_an_article() -> None:
    articles = layout_articles("工会要闻速递\n" + ITEMS)
    assert [a[0] for a in articles] == [
        ("headline", "一、黔东州总工会召开七届六次全委会"),
        ("headline", "二、丹溪市总工会举办职工技能比武"),
        ("headline", "三、麻阳县总工会开展女职工健康体检"),
    ]


def test_the_digests_title_is_the_pages() -> None:
    assert block_roles("工会要闻速递\n" + ITEMS)["工会要闻速递"] == "furniture"


def test_a_credit_closing_the_last_item_is_its_byline() -> None:
    articles = layout_articles("工会要闻速递\n" + ITEMS + "（供稿：龙秀英）\n")
    assert len(articles) == 3
    assert _roles(articles[-1]) == ["headline", "body", "byline"]


def test_a_reports_numbered_parts_under_its_own_title_stay_one_article() -> None:
    page = "黔东州总工会2022年工作总结\n" + ITEMS
    assert len(layout_articles(page)) == 1


def test_each_items_bracketed_credit_is_its_byline() -> None:
    page = (
        "工会要闻速递\n"
        "一、黔东州总工会召开七届六次全委会\n"
        "3月8日，黔东州总工会召开七届六次全委（扩大）会议，部署重点任务。（龙秀英）\n"
        "二、丹溪市总工会举办职工技能比武\n"
        "近日，丹溪市总工会举办第五届职工技能比武，180名职工参加比赛。（黄志坚）\n"
    )
    articles = layout_articles(page)
    assert [_roles(a) for a in articles] == [["headline", "body", "byline"]] * 2
