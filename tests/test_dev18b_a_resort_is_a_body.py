"""A tourist resort (度假区) printed before a guide's post is the body the post is held at,
as a scenic area (景区) is. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_guide_of_a_resort_holds_the_post_at_the_resort():
    text = news_page("青湖湾温泉旅游度假区讲解员张雅琴介绍情况。")
    assert ("张雅琴", "讲解员", "青湖湾温泉旅游度假区") in first_article_positions(text)
