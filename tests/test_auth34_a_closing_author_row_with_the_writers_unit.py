"""A union site's item closes with its writer's row and the writer's unit beside it
(``作者：某甲  单位：某区总工会``), and no row of the page names a source: the unit says
whose writer it is as a source field does (``来源：某区总工会 作者：某甲``), a union's own
writer, no journalist: an ``author``. A unit that is a paper leaves the site's reporter,
and a row with no unit keeps the reporter it gave before. Invented names (auth34, the
shape of real_dev34's city union site carrying a district's item)."""

from __future__ import annotations

from gonghui_build.extract.header_authors import unit_named
from tests.conftest import page_authors

PAGE = (
    "青禾市总工会\n"
    "网站首页  工会动态  县区工会\n"
    "您现在的位置：首页 > 县区工会\n"
    "青山区总工会开展职工春季健步走活动\n"
    "2024-04-12 09:20:11   点击：\n"
    "4月10日，青禾市青山区总工会在滨江绿道举办职工春季健步走活动，300余名职工参加。\n"
    "下一步，区总工会将组织开展职工篮球赛。\n"
    "{closing}\n"
    "【打印】 【关闭】\n"
)


def test_a_unions_unit_beside_the_writer_makes_an_author() -> None:
    closing = "作者：罗晓帆  单位：青山区总工会"
    assert page_authors(PAGE.format(closing=closing)) == {("罗晓帆", "author")}


def test_a_papers_unit_beside_the_writer_leaves_a_reporter() -> None:
    closing = "作者：罗晓帆  单位：青禾日报"
    assert page_authors(PAGE.format(closing=closing)) == {("罗晓帆", "reporter")}


def test_a_row_with_no_unit_keeps_the_reporter() -> None:
    assert page_authors(PAGE.format(closing="作者：罗晓帆")) == {("罗晓帆", "reporter")}


def test_the_unit_field_is_read_after_a_blank_only() -> None:
    assert unit_named("作者：罗晓帆  单位：青山区总工会") == "青山区总工会"
    assert unit_named("作者单位：青山区总工会") == "青山区总工会"
    assert unit_named("主办单位：青禾市总工会") == ""
