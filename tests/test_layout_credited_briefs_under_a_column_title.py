"""A printed page's column of briefs (``简讯``) after its last headed item: unmarked
briefs, each closed by its correspondent's credit in brackets. The first brief is an
article of its own, not the last paragraph of the item above the column's title, and its
credit is its byline, not that item's. Invented text in the shape of an e-paper page."""

from __future__ import annotations

from tests.conftest import layout_articles

HEAD = """\
第05版：基层传真
2022年9月6日 星期二
河湾县总工会为环卫工人送清凉
本报讯 日前，河湾县总工会走访县城三个环卫所，为一百二十名环卫工人送去绿豆和藿香正气水。
县总工会还在环卫所设立了爱心驿站。
"""

BRIEFS = """\
简讯
9月2日，清溪镇工会举办职工趣味运动会，二百余名职工参加。（石宏亮）
近日，南湖区总工会组织二十名劳模到湿地公园开展疗休养活动。（邱婉婷）
"""


def test_each_credited_brief_under_a_column_title_is_an_article_of_its_own() -> None:
    articles = layout_articles(HEAD + BRIEFS)
    assert len(articles) == 3
    assert [role for role, _ in articles[0]] == ["headline", "dateline", "body"]
    assert articles[1] == [
        ("body", "9月2日，清溪镇工会举办职工趣味运动会，二百余名职工参加。"),
        ("byline", "（石宏亮）"),
    ]
    assert articles[2][1] == ("byline", "（邱婉婷）")


def test_one_credited_brief_under_a_column_title_is_an_article_too() -> None:
    one = "简讯\n9月2日，清溪镇工会举办职工趣味运动会，二百余名职工参加。（石宏亮）\n"
    articles = layout_articles(HEAD + one)
    assert len(articles) == 2
    assert [role for role, _ in articles[1]] == ["body", "byline"]


def test_a_credited_paragraph_under_a_section_heading_stays_thelayout_articles() -> None:
    """A heading that names no digest (``下一步``) is the article's own section: the
    paragraph and credit under it stay the article's."""
    tail = "下一步\n县总工会将把爱心驿站延伸到各乡镇，让户外劳动者歇脚有处。（石宏亮）\n"
    articles = layout_articles(HEAD + tail)
    assert len(articles) == 1


def test_briefs_under_a_column_title_some_credited_are_each_an_article() -> None:
    """The first brief prints no credit, the next ones do: still one article a brief."""
    briefs = BRIEFS.replace("（石宏亮）", "") + "9月4日，北岭矿工会召开安全生产座谈会。（葛文海）\n"
    articles = layout_articles(HEAD + briefs)
    assert len(articles) == 4
    assert articles[1] == [("body", "9月2日，清溪镇工会举办职工趣味运动会，二百余名职工参加。")]
    assert articles[3][-1] == ("byline", "（葛文海）")
