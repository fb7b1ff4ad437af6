"""主播 (a livestream host) printed bare before a name is the person's title with no body,
as 司机 and 骑手 are: it ends like no occupation (播), so no title was read. Invented
people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_host_before_a_name_is_the_persons_title():
    body = "网络主播行业工会成立。“有了工会就有了娘家。”入会的主播龚立新说。"
    posts = first_article_positions(news_page(body))
    assert ("龚立新", "主播", None) in posts
