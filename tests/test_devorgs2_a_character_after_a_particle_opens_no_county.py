"""An OCR'd page that lost its full stop after a verb (``某某讲了话县总工会主席某某``):
the character closing the verb phrase (话) is no county's name; the short 县总工会 is the
county's federation the article names in full (real_dev3 shape; text invented)."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_BODY = (
    "3月2日，顺义县总工会第五次代表大会在县礼堂开幕。会上，县委副书记马青山讲了话"
    "县总工会主席罗春华作了工作报告。"
)


def test_the_verb_phrases_last_character_names_no_county():
    found = first_article_resolved(_BODY)
    assert "顺义区总工会" in found
    assert not any(name.startswith("话县") for name in found)


def test_the_chairs_post_is_at_the_countys_federation():
    assert ("罗春华", "主席", "顺义区总工会") in first_article_positions(news_page(_BODY))
