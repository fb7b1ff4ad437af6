"""A writer's name alone under an item's text, over the next item's kicker and headline
(``…颁奖。`` / ``罗晓航`` / ``昌平`` / ``某区总工会…``), is the credit closing the item
above, no banner of the page (issue 8). A place alone there stays the kicker (a name
over text with no headline under it: ``test_heads_correspondent_name_closing_an_item``).
Invented district page in the shape of a city workers' daily's district page."""

from __future__ import annotations

from tests.conftest import layout_articles

FIRST = (
    "松岭区总工会举办职工篮球赛\n"
    "本报讯 5月9日，松岭区总工会在区体育馆举办职工篮球赛，16支代表队参赛。\n"
    "区总工会副主席吴振宇为获奖队伍颁奖。\n"
)
SECOND = (
    "东坡区总工会慰问一线护林员\n"
    "7月15日，东坡区总工会副主席白松涛带队走访林场，为42名护林员送去防暑用品。\n"
)


def test_a_name_over_the_next_items_kicker_closes_the_item_above():
    first, second = layout_articles(FIRST + "罗晓航\n东坡\n" + SECOND)
    assert ("byline", "罗晓航") in first
    assert ("kicker", "东坡") in second
    assert ("headline", "东坡区总工会慰问一线护林员") in second


def test_a_place_over_the_next_items_kicker_is_no_credit():
    articles = layout_articles(FIRST + "东坡\n" + SECOND)
    assert all(("byline", "东坡") not in art for art in articles)
