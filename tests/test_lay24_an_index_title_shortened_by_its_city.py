"""A city's paper lists on its front page an item's title without the city's name the
item's headline opens with (``市工会第十次代表大会开幕`` over ``江陵市工会第十次代表大会
开幕``). Read on real_dev24: the index ran on into the item's headline and the deck under
it was taken for the head. Invented page in that shape."""

from __future__ import annotations

from gonghui_build.layout.shortened_titles import shortened_copies
from tests.conftest import layout_roles

PAGE = """江陵工人报
2024年5月10日 星期五
第01版：要闻
市工会第十次代表大会开幕
市总工会举办职工篮球赛
江陵市工会第十次代表大会开幕
360名代表出席大会
本报讯（记者 林一舟）5月9日上午，江陵市工会第十次代表大会开幕。市委书记陈远山出席。
大会听取了市总工会第九届委员会的工作报告。
市总工会举办职工篮球赛
本报讯（通讯员 叶青）5月上旬，市总工会举办职工篮球赛，16支球队参赛。
"""


def test_the_full_title_heads_its_item_and_the_deck_is_its_subtitle():
    roles = layout_roles(PAGE)
    assert roles["江陵市工会第十次代表大会开幕"] == ("headline", 0)
    assert roles["360名代表出席大会"] == ("subtitle", 0)
    assert roles["市工会第十次代表大会开幕"][1] is None


def test_only_a_place_before_the_shortened_title_pairs_them():
    keys = ["市工会第十次代表大会开幕", "", "江陵市工会第十次代表大会开幕"]
    assert shortened_copies(keys) == ({0}, {2})
    longer = ["工会代表大会开幕", "江陵市总工会召开工会代表大会开幕"]
    assert shortened_copies(longer) == (set(), set())
