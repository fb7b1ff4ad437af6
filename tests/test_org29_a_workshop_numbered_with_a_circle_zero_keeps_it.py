"""A workshop numbered digit by digit with the circle zero (二〇三车间, 〇 U+3007: a numeral,
《现代汉语词典》) keeps it when a winners' list prints it in brackets with the post: the
post's unit is read from its characters, and 〇 lies outside the ideograph ranges, so it
was dropped (二三车间, a workshop the page never names). Invented names."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import posts_held
from tests.conftest import first_article_positions

_LIST = (
    "青川市职工技能大赛获奖名单揭晓\n"
    "10月下旬，青川市职工技能大赛决赛落下帷幕，80名选手参加决赛。\n"
    "部分一等奖获得者名单：\n"
    "车工：郝立群（青川重型机床有限公司二〇三车间 高级技师）\n"
    "钳工：柯文博（青川重型机床有限公司装配分厂 一级技师）\n"
)


def test_the_posts_of_a_roster_phrase_keep_the_circle_zero():
    assert posts_held("二〇三车间 高级技师") == "二〇三车间高级技师"


def test_a_winners_post_is_held_at_the_workshop_as_printed():
    found = first_article_positions(_LIST)
    assert ("郝立群", "高级技师", "青川重型机床有限公司二〇三车间") in found
