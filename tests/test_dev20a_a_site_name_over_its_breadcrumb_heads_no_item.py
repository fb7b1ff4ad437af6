"""A site's name over its breadcrumb, the page's bulletin set out in bulleted items under
the header: the name is the site's banner, no headline of the first item."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = (
    "青禾县人民政府\n"
    "首页 > 政务公开 > 部门动态\n"
    "发布时间：2021-04-06 来源：县总工会\n"
    "■2021年4月2日，县总工会召开全县工会工作推进会，各乡镇工会主席参加。（柏云舟）\n"
    "■4月上旬，县总工会在县医院开展职工健康体检，两百名职工参加。（祁晓岚）\n"
)

TITLED = (
    "青禾县总工会召开全县工会工作推进会\n"
    "■2021年4月2日，县总工会召开全县工会工作推进会，各乡镇工会主席参加。（柏云舟）\n"
)


def _roles(text: str) -> dict[str, tuple[str, int | None]]:
    return {p.block.plain: (p.role, p.article) for p in layout(split_blocks(text)).placed}


def test_a_site_name_over_its_breadcrumb_is_the_pages_banner():
    page = layout(split_blocks(PAGE))
    roles = {p.block.plain: (p.role, p.article) for p in page.placed}
    assert roles["青禾县人民政府"] == ("banner", None)
    assert len(page.articles) == 2


def test_a_title_right_over_an_item_still_heads_it():
    roles = _roles(TITLED)
    assert roles["青禾县总工会召开全县工会工作推进会"] == ("headline", 0)
