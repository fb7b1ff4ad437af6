"""A ▲ photo caption printed after an e-paper item's closing credit (``（某工宣）``), over
its own photo credit, is that item's photo: a caption, not an item of its own."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = (
    "青禾区举办春季招聘会\n"
    "3月2日，青禾区总工会在区职工服务广场举办春季招聘会，四十家企业提供岗位六百个。\n"
    "区总工会副主席柏云舟介绍，招聘会期间还设立了维权咨询台。\n"
    "（青工宣）\n"
    "▲求职者在招聘会现场咨询工作岗位。\n"
    "通讯员 祁晓岚 摄\n"
    "全区工会工作会议召开\n"
    "本报讯 3月3日，青禾区总工会召开全区工会工作会议，各街道工会主席参加。\n"
)

DIGEST = (
    "工会动态\n"
    "▲3月2日，青禾区总工会举办春季招聘会，四十家企业提供岗位六百个。\n"
    "（青工宣）\n"
    "▲3月3日，青禾区总工会召开全区工会工作会议，各街道工会主席参加。\n"
    "通讯员 祁晓岚 摄\n"
)


def _roles(text: str) -> dict[str, tuple[str, int | None]]:
    return {p.block.plain: (p.role, p.article) for p in layout(split_blocks(text)).placed}


def test_a_pointed_caption_under_an_items_credit_is_that_items_photo():
    page = layout(split_blocks(PAGE))
    roles = {p.block.plain: (p.role, p.article) for p in page.placed}
    assert roles["▲求职者在招聘会现场咨询工作岗位。"] == ("photo_caption", 0)
    assert len(page.articles) == 2


def test_a_dated_item_under_a_credit_stays_an_item():
    roles = _roles(DIGEST)
    item = "▲3月3日，青禾区总工会召开全区工会工作会议，各街道工会主席参加。"
    assert roles[item][0] != "photo_caption"
