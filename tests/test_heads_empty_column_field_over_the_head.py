"""A newspaper archive's text layer prints the page's label and an empty column field
(``第2版（）`` / ``专栏：``) over each article: the field is furniture, so the head
under it is read as the article's head (session 14, invented text in the shape of real
archive pages)."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_roles

ARCHIVE_PAGE = (
    "1986年4月27日某某日报 第2版\n"
    "第2版（）\n"
    "专栏：\n"
    "青禾市职工技术协作活动蓬勃开展\n"
    "本报讯 青禾市总工会组织的职工技术协作活动今年以来已解决生产难题三百多项。\n"
    "市总工会技术协作办公室负责人说，今年还将组织五十支技术服务队深入中小企业。\n"
)


def test_the_empty_column_field_is_furniture():
    for line in ("专栏：", "专栏:", "专栏： 职工之声"):
        assert furniture_kind(line) is not None, line
    assert furniture_kind("本报开设专栏：职工之声") is None


def test_the_head_under_the_column_field_is_the_articles_headline():
    roles = layout_roles(ARCHIVE_PAGE)
    assert roles["专栏："] == ("furniture", None)
    assert roles["青禾市职工技术协作活动蓬勃开展"] == ("headline", 0)
