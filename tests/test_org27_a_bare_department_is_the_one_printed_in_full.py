"""A department printed bare (女工委员会, 组织部) after the article has named it in full
with its body (某厂工会女工委员会) is that body's department, as 区委 beside a fuller 某区委
is (ANNOTATION.md: one entry per body, its short forms as aliases). Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

TEXT = "江城纺织厂工会女工委员会最近为女工进行了检查。女工委员会主任庞月琴说，检查每年搞一次。"


def test_the_bare_committee_is_the_unions_committee():
    found = first_article_resolved(TEXT)
    assert "女工委员会" not in found
    assert "江城纺织厂工会女工委员会" in found


def test_its_chairs_post_is_held_at_the_unions_committee():
    positions = first_article_positions(news_page(TEXT))
    assert ("庞月琴", "主任", "江城纺织厂工会女工委员会") in positions
