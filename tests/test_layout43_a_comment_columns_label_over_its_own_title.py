"""A paper's commentary column (``短评``, ``时评``, ``工会时评``, ``一线快评``) set alone on
its line over a comment's own title, beside the report it comments on: the label is the
page's (no kicker), the title the comment's headline, and the comment an article of its
own, not a section of the report above it, whether it is signed under its title, at its
end, or not at all. A label alone over text, a lawyer's ``点评`` and a phrase ending so
(``我的时评``) are none. Invented pages in the shape of workers' papers' e-pages read in
session 43 (layout43)."""

from __future__ import annotations

from gonghui_build.layout.column_names import names_a_comment_column
from tests.conftest import layout_articles, layout_heads

REPORT = (
    "第03版：评论\n"
    "南岭市总工会为货车司机送体检\n"
    "本报讯（通讯员 郑雨桐）近日，南岭市总工会联合市第二人民医院，在物流园区为120名货车司机开展免费体检。\n"
    "体检项目包括血压、血糖、心电图等。\n"
)
COMMENT = (
    "关爱要跑在前面\n"
    "货车司机常年奔波在路上，身体健康往往被忽视。工会把体检送到园区，是把服务做在了职工需要的地方。\n"
    "这样的好事，多多益善。\n"
)


def test_a_comment_signed_at_its_end_is_an_article_of_its_own() -> None:
    articles = layout_articles(REPORT + "短评\n" + COMMENT + "（林望舒）\n")
    assert len(articles) == 2
    assert ("headline", "关爱要跑在前面") in articles[1]
    assert ("byline", "（林望舒）") in articles[1]
    assert all(text != "短评" for a in articles for _, text in a)


def test_an_unsigned_comment_under_a_longer_label_is_an_article_of_its_own() -> None:
    heads = layout_heads(REPORT + "一线快评\n" + COMMENT)
    assert heads == [
        [("headline", "南岭市总工会为货车司机送体检")],
        [("headline", "关爱要跑在前面")],
    ]


def test_the_label_over_a_signed_comment_is_no_kicker() -> None:
    page = REPORT + "工会时评\n别让“最后一公里”成为难点\n□ 周见山\n" + COMMENT
    heads = layout_heads(page)
    assert heads[1] == [("headline", "别让“最后一公里”成为难点")]


def test_names_of_comment_columns() -> None:
    for name in ("短评", "时评", "工会时评", "一线快评", "【快评】"):
        assert names_a_comment_column(name)
    for name in ("点评", "律师点评", "我的时评", "关爱要跑在前面", "评论员文章"):
        assert not names_a_comment_column(name)


def test_a_report_with_no_label_keeps_its_section_heading() -> None:
    page = REPORT + "下一步打算\n工会将把体检活动延伸到更多园区，覆盖更多货车司机。\n"
    assert len(layout_articles(page)) == 1
