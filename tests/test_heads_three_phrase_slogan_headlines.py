"""A headline of three phrases, an even slogan pair and then its subject (``稳就业，
保民生，某县工会在行动``), heads the next item; it is not the last paragraph of the item
before it (issue 8). Running text with two commas stays text."""

from __future__ import annotations

from gonghui_build.layout.display import is_display_text
from tests.conftest import layout_articles

TWO_ITEMS = (
    "某区总工会举办职工篮球赛\n"
    "本报讯（通讯员 罗晓航）5月9日，某区总工会在区体育馆举办职工篮球赛，16支代表队参赛。\n"
    "区总工会副主席吴振宇出席开幕式。\n"
    "稳岗位，促就业，青松县工会在行动\n"
    "本报讯（记者 韩书宁）近日，青松县总工会联合县人社局举办专场招聘会，32家企业提供岗位600余个。\n"
    "县总工会主席钟明远到现场察看招聘情况。\n"
)

UNCREDITED = (
    "某区总工会举办职工篮球赛\n"
    "5月9日，某区总工会在区体育馆举办职工篮球赛，16支代表队参赛。\n"
    "区总工会副主席吴振宇出席开幕式。\n"
    "送清凉，解暑热，暖人心\n"
    "7月12日，青松县总工会为一线环卫工人送去防暑用品。\n"
    "县总工会主席钟明远参加慰问。\n"
)


def test_a_three_phrase_slogan_headline_heads_the_next_item():
    articles = layout_articles(TWO_ITEMS)
    assert len(articles) == 2
    assert articles[1][0] == ("headline", "稳岗位，促就业，青松县工会在行动")
    assert all(text != "稳岗位，促就业，青松县工会在行动" for _, text in articles[0])


def test_a_three_phrase_slogan_headline_over_an_uncredited_dated_item():
    articles = layout_articles(UNCREDITED)
    assert len(articles) == 2
    assert articles[1][0] == ("headline", "送清凉，解暑热，暖人心")


def test_running_text_with_two_commas_is_no_display_text():
    assert not is_display_text("近日，记者从区总工会获悉，全区新建职工驿站")
    assert not is_display_text("据了解，今年以来，区总工会共走访困难职工")
    assert not is_display_text("5月9日，6月9日，区总工会两次走访基层")


def test_names_listed_with_two_commas_are_no_headline():
    assert not is_display_text("王小明，李大伟，张国庆")
