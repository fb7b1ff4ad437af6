"""Roster lines that print two posts of one person joined by 、 (lists of award winners:
``某公司技术主管、高级技师 某某``; leaders' sidebars: ``某某 某总工会女职委主任、调研员``):
each post is held at the line's body, none is lost or run into the other; a noun of no
post before the 、 (工人) is dropped. Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import post_first_line, posts_held, roster_line
from tests.conftest import first_article_positions

_LIST = (
    "本报讯（记者 田小禾）4月24日，市总工会召开新闻发布会。将要发布的“最美职工”分别是：\n\n"
    "东岭机床有限公司技术主管、高级技师 冉立昆\n\n"
    "青禾钟表厂工人、高级技师 费书生\n\n"
    "据了解，活动已连续举办四年。\n"
)


def test_each_post_a_winners_line_joins_by_a_comma_is_held_at_its_body():
    found = first_article_positions(_LIST)
    assert ("冉立昆", "技术主管", "东岭机床有限公司") in found
    assert ("冉立昆", "高级技师", "东岭机床有限公司") in found


def test_a_noun_of_no_post_before_the_comma_is_dropped_and_the_post_kept():
    found = first_article_positions(_LIST)
    assert [f for f in found if f[0] == "费书生"] == [("费书生", "高级技师", "青禾钟表厂")]


def test_a_name_first_line_keeps_two_posts_apart():
    found = roster_line("冉立昆 东岭机床有限公司技术主管、高级技师")
    assert found is not None and found.post == "技术主管、高级技师"
    line = post_first_line("东岭机床有限公司技术主管、高级技师 冉立昆")
    assert line is not None and line.post == "技术主管、高级技师"


def test_posts_joined_by_a_comma_need_a_post_last_and_no_other_word():
    assert posts_held("工人、高级技师") == "高级技师"
    assert posts_held("高级技师、工人") is None
    assert posts_held("技术主管、上午") is None
