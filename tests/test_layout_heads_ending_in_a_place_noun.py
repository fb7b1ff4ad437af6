"""Session 26 (layout6): a digest's sub-item head that ends in ``地`` as a noun
(``某街道：快递小哥有了歇脚地``) ran on into the item's first line (``近日，…``), since a
line ending in ``地`` is read as an adverb left open (``认真地`` / ``学习…``): the sub-item
was merged into the item above it. An adverb's ``地`` never runs on into a date or a time
word and its comma, so such a head ends its line. All text is invented."""

from __future__ import annotations

from gonghui_build.layout.head_breaks import place_noun_head
from tests.conftest import layout_roles

PAGE = (
    "工会动态\n"
    "白河镇：职工书屋开门迎客\n"
    "近日，白河镇总工会新建的职工书屋正式开放，藏书三千余册。\n"
    "东岭街道：快递小哥有了歇脚地\n"
    "近日，东岭街道工会在辖区建成两处户外劳动者驿站。\n"
)


def test_a_head_ending_in_a_place_noun_is_a_headline_of_its_own_item():
    roles = layout_roles(PAGE)
    assert roles["东岭街道：快递小哥有了歇脚地"] == ("headline", 1)
    assert roles["近日，东岭街道工会在辖区建成两处户外劳动者驿站。"] == ("body", 1)


def test_an_adverbs_de_runs_on_into_its_verb():
    assert not place_noun_head("全县职工认真地", "学习了新修订的工会法。")
    assert not place_noun_head("他们积极地", "在3月12日，开展了义务劳动。")


def test_a_long_line_or_a_clause_ending_in_de_is_no_head():
    assert not place_noun_head("区总工会组织职工，认真地", "近日，…")
    assert place_noun_head("快递小哥有了歇脚地", "3月6日，东岭街道工会建成驿站。")
