"""A grade printed before a trade's word and its title (国家二级心理咨询师, 高级营养师) is
part of the title as printed, as 高级工程师 is. Invented people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_national_grade_before_a_counsellor_is_kept():
    body = "讲座邀请国家二级心理咨询师龚立新主讲，百余名职工参加。"
    posts = first_article_positions(news_page(body))
    assert ("龚立新", "国家二级心理咨询师", None) in posts


def test_a_counsellor_with_no_grade_keeps_the_trade_alone():
    body = "讲座邀请心理咨询师龚立新主讲，百余名职工参加。"
    posts = first_article_positions(news_page(body))
    assert ("龚立新", "心理咨询师", None) in posts
