"""见面会上，胡洪伟、柳丽、刘双艳等3位劳模代表…；…班长、高级技师柳丽说: a name first read
in a list with no title and printed again right after a chain of titles holds the chain's
posts there. A titled name printed again after its title states no second post. Invented
names, bodies and events (s43, people29)."""

from __future__ import annotations

from tests.conftest import first_article_positions

_HEAD = (
    "劳模代表与记者见面\n\n本报讯 见面会现场，胡洪伟、柳丽、刘双艳等3位劳模代表与媒体记者畅谈。\n"
)


def test_a_listed_name_holds_the_titles_printed_before_it_later():
    text = _HEAD + "青河钢绳集团制绳车间班长、高级技师柳丽说，她的父亲是劳模。\n"
    assert first_article_positions(text) == {
        ("柳丽", "班长", "青河钢绳集团制绳车间"),
        # a skill grade after a unit's post is the enterprise's (s53 pos62, the gold of
        # most tuning sets: 高级技师 at the company)
        ("柳丽", "高级技师", "青河钢绳集团"),
    }


def test_a_titled_name_printed_again_keeps_its_one_post():
    text = (
        "市总工会慰问一线职工\n\n本报讯 1月10日，青河市总工会主席韩立平到青河港慰问职工。"
        "\n座谈会上，主席韩立平说，工会要做职工的娘家人。\n"
    )
    assert first_article_positions(text) == {("韩立平", "主席", "青河市总工会")}
