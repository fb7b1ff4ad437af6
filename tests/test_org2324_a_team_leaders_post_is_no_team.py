"""A workshop's team leader printed after the workshop (某公司某车间班组长某某): jieba
reads 班组长 as one word, the post of the head of a team (《职业分类大典》 班组长), so
the workshop ends before it and is the post's organisation, not a team 某车间班 with a
组长 (s55, org2324). Text and names are invented."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_the_team_leader_of_a_workshop():
    body = "青山机械有限公司装配车间班组长王大明说好。"
    assert "青山机械有限公司装配车间" in first_article_resolved(body)
    positions = first_article_positions(news_page(body))
    assert ("王大明", "班组长", "青山机械有限公司装配车间") in positions
