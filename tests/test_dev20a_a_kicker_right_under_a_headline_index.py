"""An e-paper page's headline index with the first item's kicker set right under it: the
index lists one title per item, so a short last line beyond them, over the first headline,
is that item's kicker, not a title of the index."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

HEAD = (
    "青禾职工报\n"
    "第02版：要闻\n"
    "2025年3月4日 星期二\n"
    "本版导读\n"
    "青禾区工会慰问一线环卫工人\n"
    "全市职工书画展开幕\n"
    "全市工会工作会议召开\n"
)
ITEMS = (
    "青禾区总工会为环卫工人送上新春慰问\n"
    "本报讯（记者 柏云舟）3月1日，青禾区总工会走访慰问一线环卫工人两百余名。\n"
    "全市职工书画展在市工人文化宫开幕\n"
    "本报讯（记者 祁晓岚）3月2日，全市职工书画展开幕，展出作品三百余幅。\n"
    "全市工会工作会议召开\n"
    "本报讯 3月3日，青禾市总工会召开全市工会工作会议。\n"
)


def _roles(text: str) -> dict[str, tuple[str, int | None]]:
    return {p.block.plain: (p.role, p.article) for p in layout(split_blocks(text)).placed}


def test_a_short_line_under_the_index_over_the_first_head_is_its_kicker():
    roles = _roles(HEAD + "新春走基层\n" + ITEMS)
    assert roles["新春走基层"] == ("kicker", 0)
    assert roles["全市职工书画展开幕"] == ("furniture", None)


def test_an_index_listing_one_line_per_item_keeps_its_last_line():
    roles = _roles(HEAD + ITEMS)
    assert roles["全市职工书画展开幕"] == ("furniture", None)
    assert roles["青禾区总工会为环卫工人送上新春慰问"] == ("headline", 0)
