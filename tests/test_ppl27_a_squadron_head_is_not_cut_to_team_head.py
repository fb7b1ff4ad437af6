"""中队长 (the head of a squadron, below a 大队) is a title of its own, as 大队长 and 支队长
are: printed before a name it was read as 队长, cut from its first character. Invented
people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_squadron_head_keeps_the_whole_title():
    body = "救护技能比武昨日落幕，中队长龚立新获个人第一名。"
    posts = first_article_positions(news_page(body))
    assert ("龚立新", "中队长", None) in posts
    assert ("龚立新", "队长", None) not in posts
