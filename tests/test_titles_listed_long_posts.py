"""A person's posts listed with 、 before the name in an award list's running text, the
first printed with the unit and line it is held at (某研究所某载荷总设计师、研究员某某;
某公司某片区综合工长、工程师某某): each post is held at the body, however long
the first; a list whose parts hold a name is no list of one person's posts. Invented
names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.titles import posts_of
from tests.conftest import first_article_positions


def test_a_long_first_post_of_a_list_keeps_the_body_for_both():
    text = (
        "本报讯 4月28日，省里的表彰会开过了。东岭空间遥感研究所载荷总设计师、"
        "研究员冉立昆荣获奖章。\n"
    )
    found = first_article_positions(text)
    assert ("冉立昆", "研究员", "东岭空间遥感研究所") in found
    assert ("冉立昆", "载荷总设计师", "东岭空间遥感研究所") in found


def test_the_parts_of_a_list_of_posts_may_be_long_but_must_read_as_posts():
    assert posts_of("遥感载荷总设计师、研究员") == [(0, "遥感载荷总设计师"), (9, "研究员")]
    assert posts_of("遥感载荷设计工作十多年来、研究员") == []


def test_a_list_of_posts_longer_than_two_posts_is_still_read_from_its_body():
    text = (
        "本报讯 4月29日，青禾市又有一人上了光荣榜。东岭电机有限公司总装事业部"
        "定子绕线产线绕线工、高级技师冉立昆榜上有名。\n"
    )
    found = first_article_positions(text)
    assert any(f[0] == "冉立昆" and f[1] == "高级技师" and f[2] for f in found)
