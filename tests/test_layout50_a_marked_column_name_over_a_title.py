"""A standing column's name set off by a mark (``◇职工风采``, ``★劳模风采★``) over an item's
title (issue 8): the page's, like the name in 【】, so the item above ends and the title
under it heads an item of its own. A marked part heading that is no column's name
(``◆爱岗敬业`` over text) keeps its reading."""

from __future__ import annotations

import pytest

from tests.conftest import layout_furniture, layout_heads

NEWS = "石景山区举办职工象棋赛\n本报讯 7月10日，石景山区第三届职工象棋赛举行，80名选手参赛。\n"
FEATURE = (
    "三十年坚守在锅炉房\n"
    "锅炉工张长河在区供暖中心工作了三十年，从未发生一起安全事故。\n"
    "（通讯员 马兰）\n"
)
PARTS = (
    "◆爱岗敬业\n"
    "钳工张大年在车间一干就是二十年，先后完成技术革新十余项。\n"
    "◆无私奉献\n"
    "工会干部李秋月常年帮扶困难职工，被职工称为“知心大姐”。\n"
)


@pytest.mark.parametrize("name", ["◇职工风采", "★劳模风采★", "【职工风采】"])
def test_a_marked_column_name_opens_the_item_under_it(name):
    page = NEWS + name + "\n" + FEATURE
    assert layout_heads(page) == [
        [("headline", "石景山区举办职工象棋赛")],
        [("headline", "三十年坚守在锅炉房")],
    ]
    assert name in layout_furniture(page)


def test_marked_part_headings_that_name_no_column_keep_their_reading():
    assert layout_heads(PARTS) == [[("headline", "◆爱岗敬业")]]
