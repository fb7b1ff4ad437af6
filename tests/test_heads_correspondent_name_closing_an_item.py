"""A correspondent's name alone under an item's text, over the next item's headline, is
the credit of the item above, not the next item's kicker (issue 8). A place alone there
stays the kicker, and a name over text with no headline under it stays a headline."""

from __future__ import annotations

from tests.conftest import layout_articles

NAMES_CLOSING = (
    "某区总工会举办职工篮球赛\n"
    "本报讯 5月9日，某区总工会在区体育馆举办职工篮球赛，16支代表队参赛。\n"
    "区总工会副主席吴振宇出席开幕式。\n"
    "罗晓航\n"
    "青松县总工会举办招聘会\n"
    "本报讯 近日，青松县总工会联合县人社局举办专场招聘会，32家企业提供岗位600余个。\n"
    "县总工会主席钟明远到现场察看招聘情况。\n"
    "韩书宁\n"
)

PLACE_KICKER = (
    "某区总工会举办职工篮球赛\n"
    "本报讯 5月9日，某区总工会在区体育馆举办职工篮球赛，16支代表队参赛。\n"
    "区总工会副主席吴振宇出席开幕式。\n"
    "昌平\n"
    "区总工会慰问一线护林员\n"
    "本报讯 7月15日，区总工会副主席白松涛带队走访林场，为42名护林员送去防暑用品。\n"
)

NAME_HEADLINE = (
    "某区总工会举办职工篮球赛\n"
    "本报讯 5月9日，某区总工会在区体育馆举办职工篮球赛，16支代表队参赛。\n"
    "区总工会副主席吴振宇出席开幕式。\n"
    "罗晓航\n"
    "在青松机械厂的装配车间里，罗晓航已经干了二十二年钳工。\n"
    "他带出的十一名徒弟，如今都成了车间的技术骨干。\n"
)


def test_a_name_under_an_item_closes_it_and_is_no_kicker_of_the_next():
    first, second = layout_articles(NAMES_CLOSING)
    assert first[-1] == ("byline", "罗晓航")
    assert second[0] == ("headline", "青松县总工会举办招聘会")
    assert ("kicker", "罗晓航") not in second


def test_a_place_alone_over_the_next_headline_stays_its_kicker():
    articles = layout_articles(PLACE_KICKER)
    assert articles[-1][:2] == [("kicker", "昌平"), ("headline", "区总工会慰问一线护林员")]


def test_a_name_over_text_with_no_headline_under_it_is_no_credit():
    articles = layout_articles(NAME_HEADLINE)
    assert all(("byline", "罗晓航") not in a for a in articles)
