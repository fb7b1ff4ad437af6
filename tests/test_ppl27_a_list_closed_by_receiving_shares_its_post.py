"""接受 (to receive) and 受到 (to be given) follow a person's name: a list of names closed
by one (律师甲、乙接受咨询; 快递员甲、乙受到表彰) is a list of people, so its last name
holds the post printed before the list as the first does. Invented people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_the_last_lawyer_of_a_list_closed_by_receiving_holds_the_post():
    body = "活动现场，律师龚立新、窦雨晴接受职工咨询20人次。"
    posts = first_article_positions(news_page(body))
    assert ("窦雨晴", "律师", None) in posts


def test_the_last_courier_of_a_list_closed_by_being_honoured_holds_the_post():
    body = "会上，快递员龚立新、窦雨晴受到表彰。"
    posts = first_article_positions(news_page(body))
    assert ("窦雨晴", "快递员", None) in posts
