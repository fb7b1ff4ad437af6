"""A city's urban management and law enforcement commission printed by its short name
(某市城管执法委: 城市管理执法委员会, 委 alone after 执法, which jieba reads as a verb) is
a government body, as 城管委 is, and holds the posts printed after it. Invented names
and sentences."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_commission_printed_short_is_read_under_its_full_name():
    resolved = first_article_resolved("江城市城管执法委、市人社局等七部门联合发布了关爱措施。")
    assert "江城市城市管理执法委员会" in resolved


def test_the_posts_after_the_short_name_are_held_at_the_commission():
    found = first_article_positions(news_page("江城市城管执法委党委书记、主任罗明远参加慰问。"))
    assert ("罗明远", "主任", "江城市城市管理执法委员会") in found
