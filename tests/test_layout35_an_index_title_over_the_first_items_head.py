"""An e-paper's headline index may run straight into the first item's head: the line
between the index's titles and the first title printed again is either a kicker over
that title or the index's last title (an item printing no headline of its own). The
page's items tell: with one dateline more than the index lists without the line, it is
the index's (furniture), no kicker; with as many, it is the first item's kicker.
Invented pages."""

from __future__ import annotations

from tests.conftest import block_roles

INDEX = "本版导读\n江油市总工会开展送法进企业活动\n北川县举办羌绣技能培训班\n"
ITEMS = (
    "江油市总工会开展送法进企业活动\n"
    "本报讯（通讯员 苟文静）3月10日，江油市总工会走进5家企业开展送法活动。\n"
    "北川县举办羌绣技能培训班\n"
    "本报讯（通讯员 母丽）3月12日，北川县总工会举办羌绣技能培训班，50名绣娘参训。\n"
)
THIRD = "本报讯（通讯员 何军）3月14日，平武县总工会走访慰问一线护林员36名。\n"


def test_the_index_title_of_an_item_without_a_headline_is_furniture():
    roles = block_roles(INDEX + "平武县总工会慰问护林员\n" + ITEMS + THIRD)
    assert roles["平武县总工会慰问护林员"] == "furniture"


def test_a_kicker_over_the_first_title_stays_its_kicker():
    roles = block_roles(INDEX + "送法进企业\n" + ITEMS)
    assert roles["送法进企业"] == "kicker"
