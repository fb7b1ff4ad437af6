"""朗诵 (to recite) follows a person's name: a list of readers closed by it (小学教师甲、乙
朗诵了诗歌) is a list of people, so each name holds the post printed before the list,
the last one too. Invented school and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_the_last_reader_of_a_list_shares_the_post_before_it():
    body = "活动中，青川区青禾小学教师王红英、李晓明朗诵了原创诗歌。"
    posts = first_article_positions(news_page(body))
    assert ("李晓明", "教师", "青川区青禾小学") in posts
    assert ("王红英", "教师", "青川区青禾小学") in posts
