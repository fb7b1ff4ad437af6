"""A grid company's specialist post (安全专责, 新闻宣传专责: ``titles.yaml`` post_endings),
printed between the company and the name in an award list, is the person's post at that
company, the phrase whole (invented copies of a city's craftsmen list).
"""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_specialist_post_is_held_at_the_company_before_it() -> None:
    body = "4月28日，江城市总工会公布“江城工匠”名单。江城供电局新闻宣传专责何丽娟、江城供电公司安全专责葛春燕获评。"
    positions = first_article_positions(news_page(body))
    assert ("何丽娟", "新闻宣传专责", "江城供电局") in positions
    assert ("葛春燕", "安全专责", "江城供电公司") in positions
