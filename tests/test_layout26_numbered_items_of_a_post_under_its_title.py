"""A union's post may carry several items, each under its number alone on a line (``01``,
``02``) and its own head: the display line under the post's title and header row is then
the first item's head, not the title's subtitle (a deck never stands under an item's
number), and the title over the numbered items is the post's, as a digest's title is the
page's. A web copy's deck directly under its header row stays its subtitle (real_dev9).
Invented text in the shape read in session 37 (district unions' WeChat posts)."""

from __future__ import annotations

from tests.conftest import layout_articles

TITLE = "工会动态丨本周三件事\n原创 余杭工会 2024-03-22 17:30 浙江\n"
ITEMS = (
    "01\n区总工会慰问环卫工人\n"
    "3月19日，余杭区总工会副主席周晓梅带队走访五个环卫站点，为一百六十名环卫工人送去慰问品。\n"
    "02\n“职工夜校”春季班开课\n"
    "3月20日，余杭区“职工夜校”春季班在区职工服务中心开课，首期开设插花、烘焙等十门课程。\n"
    "03\n良渚街道成立快递行业工会联合会\n"
    "3月21日，良渚街道快递行业工会联合会成立，方志远当选主席。\n"
)


def _heads(articles: list[list[tuple[str, str]]]) -> list[str]:
    return [text for a in articles for role, text in a if role == "headline"]


def test_each_numbered_item_is_headed_by_its_own_head() -> None:
    articles = layout_articles(TITLE + ITEMS)
    assert len(articles) == 3
    assert _heads(articles) == [
        "区总工会慰问环卫工人",
        "“职工夜校”春季班开课",
        "良渚街道成立快递行业工会联合会",
    ]
    assert all(role != "subtitle" for a in articles for role, _ in a)


def test_circled_numbers_mark_items_too() -> None:
    text = TITLE + ITEMS.replace("01\n", "①\n").replace("02\n", "②\n").replace("03\n", "③\n")
    assert _heads(layout_articles(text))[0] == "区总工会慰问环卫工人"


def test_a_deck_under_the_header_row_with_no_number_stays_the_subtitle() -> None:
    text = (
        "余杭区职工夜校春季班开课\n原创 余杭工会 2024-03-22 17:30 浙江\n首期开设插花、烘焙等十门课程\n"
        "3月20日，余杭区“职工夜校”春季班在区职工服务中心开课，首期开设插花、烘焙等十门课程。\n"
    )
    articles = layout_articles(text)
    assert len(articles) == 1
    assert ("subtitle", "首期开设插花、烘焙等十门课程") in articles[0]
