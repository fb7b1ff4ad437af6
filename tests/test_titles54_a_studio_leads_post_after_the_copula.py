"""The lead of an innovation studio (领衔人) named before the copula and a post: the post
is the lead's, as a candidate's after 现任 is (invented bodies and people)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_studio_leads_post_after_the_copula_is_read() -> None:
    body = (
        "会前，与会人员参观了设在吉林青禾铁路机务有限公司的“钱立军工匠创新工作室”，"
        "领衔人钱立军是公司机修班班长。"
    )
    found = first_article_positions(news_page(body))
    assert ("钱立军", "班长", "吉林青禾铁路机务有限公司机修班") in found
