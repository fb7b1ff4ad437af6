"""A page's headline index (``本版导读`` and the page's titles) that the text layer sets
below the page's first item (issue 8): the first item's title, right over its dateline,
is its headline, and the index's copy of it lower down is furniture, no kicker of the
next item. An index at the top keeps its reading (its copies are furniture, the lower
copies the items' headlines)."""

from __future__ import annotations

from tests.conftest import layout_furniture, layout_heads

FIRST = "平谷区总工会为快递员送体检"
SECOND = "怀柔区举办职工羽毛球赛"
THIRD = "密云区工会驿站添新设备"
ITEMS = (
    f"{SECOND}\n"
    "本报讯（记者 许晴）4月8日，怀柔区第五届职工羽毛球赛在区体育馆开赛，32支队伍参赛。\n"
    f"{THIRD}\n"
    "本报讯 近日，密云区20家工会驿站新添了微波炉、饮水机等设备。\n"
)
INDEX_BELOW = (
    "第03版：基层\n"
    "2021年4月9日 星期五\n"
    f"{FIRST}\n"
    "本报讯（通讯员 郭立平）4月7日，平谷区总工会联合区医院为120名快递员开展免费体检。\n"
    "区总工会副主席陈光明介绍，今年还将开展职工心理健康讲座。\n"
    f"本版导读\n{FIRST}\n{SECOND}\n{THIRD}\n" + ITEMS
)
INDEX_ABOVE = (
    "第03版：基层\n"
    f"本版导读\n{FIRST}\n{SECOND}\n{THIRD}\n"
    f"{FIRST}\n"
    "本报讯（通讯员 郭立平）4月7日，平谷区总工会联合区医院为120名快递员开展免费体检。\n" + ITEMS
)


def test_the_first_items_title_over_its_dateline_is_its_headline():
    assert layout_heads(INDEX_BELOW) == [
        [("headline", FIRST)],
        [("headline", SECOND)],
        [("headline", THIRD)],
    ]


def test_the_index_below_the_first_item_is_furniture():
    furniture = layout_furniture(INDEX_BELOW)
    assert [t for t in furniture if t in (FIRST, SECOND, THIRD)] == [FIRST, SECOND, THIRD]


def test_an_index_at_the_top_keeps_its_reading():
    assert layout_heads(INDEX_ABOVE) == [
        [("headline", FIRST)],
        [("headline", SECOND)],
        [("headline", THIRD)],
    ]
    assert FIRST in layout_furniture(INDEX_ABOVE)
