"""An e-paper reader's buttons printed alone on their lines over the page's text, read in
session 17 on a provincial workers' paper's e-paper (the issue list's tabs ``版面`` and
``刊期文章``, read as a kicker and a headline) and a city daily's e-paper (the full-spread
buttons ``通版阅读请点击：`` / ``展开通版`` / ``收缩通版``, read as an article of their own).
They are furniture (``page_furniture.yaml`` chrome_tokens); invented text in their shapes."""

from __future__ import annotations

from tests.conftest import layout_roles

ITEM = (
    "青禾县总工会\n"
    "技能课堂开进社区\n"
    "本报讯（通讯员 邵立群）3月10日，青禾县总工会在东关街道开设技能课堂，首期面点班"
    "吸引40名待业职工报名。\n"
    "县总工会今年计划开设技能课堂10期。\n"
)


def test_the_full_spread_buttons_are_furniture_and_make_no_article():
    roles = layout_roles("通版阅读请点击：\n展开通版\n收缩通版\n当前版：05版\n" + ITEM)
    for line in ("通版阅读请点击：", "展开通版", "收缩通版"):
        assert roles[line] == ("furniture", None)
    assert roles["技能课堂开进社区"] == ("headline", 0)


def test_the_issue_lists_tabs_are_furniture_not_a_kicker_and_a_headline():
    roles = layout_roles("版面\n刊期文章\n" + ITEM)
    assert roles["版面"] == ("furniture", None)
    assert roles["刊期文章"] == ("furniture", None)
    assert roles["技能课堂开进社区"] == ("headline", 0)


def test_a_headline_that_holds_a_button_word_stays_a_headline():
    page = "版面设计大赛在青禾举行\n" + ITEM.split("\n", 2)[2]
    roles = layout_roles(page)
    assert roles["版面设计大赛在青禾举行"] == ("headline", 0)
