"""One post for two names in a yearbook's officers (党组成员、副主席甲、白云峰，): the second
name jieba reads whole as a person's (白云峰/nr) is listed, though its first two
characters make a word (白云) the reader of one name refuses; both names hold the chain.
Before, the list stopped at the first name and the second held no post. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_CHAIN = (
    "{city}总工会党组书记、常务副主席郜建国，党组成员、副主席乔海燕、{second}，经审会主任刘芳。"
)


def test_both_names_after_a_chain_hold_it():
    body = _CHAIN.format(city="乌兰察布市", second="白云峰")
    posts = first_article_positions(news_page(body))
    assert ("白云峰", "副主席", "乌兰察布市总工会") in posts
    assert ("白云峰", "党组成员", "乌兰察布市总工会") in posts
    assert ("乔海燕", "副主席", "乌兰察布市总工会") in posts


def test_a_body_after_the_list_is_no_name():
    body = "乌兰察布市总工会副主席乔海燕、白云峰，市工人文化宫主任刘芳出席。"
    names = {p[0] for p in first_article_positions(news_page(body))}
    assert names == {"乔海燕", "白云峰", "刘芳"}
