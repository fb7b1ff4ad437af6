"""甲此前任某局党组成员、副局长: the posts a person held before this (此前, the adverb of a
by-election report's next sentence) are the person's, as after 曾 (``people.yaml``
election_adverbs; ANNOTATION.md: a past post is a position). Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_post_held_before_this_is_a_position():
    found = first_article_positions(news_page("郑小川此前任区人社局党组成员、副局长。"))
    assert ("郑小川", "副局长", "区人力资源和社会保障局") in found
    assert ("郑小川", "党组成员", "区人力资源和社会保障局") in found
