"""A copy's note on the title its item had at the source, over several lines each marked
with its role (``原标题：…（引题）`` / ``…（主题）``), is the page's furniture: the ``（主题）``
line under the copy's own title is no subtitle, and the copy's title stays the headline.
A line after the note without a role's mark is the item's own."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.shapes import Shape
from gonghui_build.layout.source_titles import source_title_lines
from tests.conftest import block_roles, layout_articles, layout_furniture

COPY = (
    "青松网 >> 工会频道\n"
    "青松县两家职工书屋挂牌开放\n"
    "来源：某某网  作者：罗晓航  2024-05-10 09:12:30\n"
    "原标题：青松县总工会推进职工书屋建设（引题）\n"
    "两家职工书屋同日挂牌（主题）\n"
    "某某网讯（记者 罗晓航）5月8日，青松县总工会为两家企业的职工书屋挂牌，"
    "县总工会副主席韩书宁出席。\n"
    "两家书屋共有藏书6000余册，每天向职工开放。\n"
)


def test_the_marked_lines_of_a_source_title_note_are_furniture_and_no_subtitle():
    (article,) = layout_articles(COPY)
    assert article[0] == ("headline", "青松县两家职工书屋挂牌开放")
    assert "subtitle" not in {role for role, _ in article}
    furniture = layout_furniture(COPY)
    assert "原标题：青松县总工会推进职工书屋建设（引题）" in furniture
    assert "两家职工书屋同日挂牌（主题）" in furniture


def test_a_subtitle_mark_under_the_note_is_furniture_too():
    page = COPY.replace(
        "两家职工书屋同日挂牌（主题）\n",
        "两家职工书屋同日挂牌（主题）\n藏书六千册 全天向职工开放（副题）\n",
    )
    assert "藏书六千册 全天向职工开放（副题）" in layout_furniture(page)
    assert block_roles(page)["青松县两家职工书屋挂牌开放"] == "headline"


def test_an_unmarked_line_after_the_note_stays_the_items_own():
    blocks = split_blocks("原标题：青松县总工会推进职工书屋建设\n两家职工书屋同日挂牌开放\n")
    shapes = [Shape.FURNITURE, Shape.DISPLAY]
    assert source_title_lines(blocks, shapes) == []


def test_a_marked_line_under_no_source_title_field_is_left_alone():
    blocks = split_blocks("青松县总工会推进职工书屋建设（引题）\n两家职工书屋同日挂牌（主题）\n")
    shapes = [Shape.DISPLAY, Shape.DISPLAY]
    assert source_title_lines(blocks, shapes) == []
