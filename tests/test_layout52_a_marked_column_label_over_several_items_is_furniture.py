"""A column's label in marks that no list knows (``【工会新风采】``, ``◇工会新风采◇``) over
several items, each with its own headline: the column's, the page's furniture, no kicker
of the first item (issue 8). Over one item alone it stays that item's kicker. Invented
pages."""

from __future__ import annotations

from tests.conftest import layout_heads

TOP = "第03版：基层\n"
ITEMS = (
    "南湖区总工会：职工书屋进车间\n"
    "近日，南湖区总工会在5家企业车间建起职工书屋，配送图书3000册。（王立群）\n"
    "西城区总工会：暖心驿站遍街巷\n"
    "今年以来，西城区总工会新建工会驿站12个，为户外劳动者提供歇脚服务。（赵一鸣）\n"
)


def test_a_bracketed_label_over_two_headed_items_is_no_kicker():
    for label in ("【工会新风采】", "◇工会新风采◇", "◆工会新风采"):
        heads = layout_heads(TOP + label + "\n" + ITEMS)
        assert heads == [
            [("headline", "南湖区总工会：职工书屋进车间")],
            [("headline", "西城区总工会：暖心驿站遍街巷")],
        ], label


def test_a_bracketed_label_over_one_item_stays_its_kicker():
    one = ITEMS.split("西城区")[0]
    heads = layout_heads(TOP + "【工会新风采】\n" + one)
    assert heads == [[("kicker", "【工会新风采】"), ("headline", "南湖区总工会：职工书屋进车间")]]
