"""An item of a counted list (甲、厨师长乙等12名职工) keeps the title printed right before it,
as a name a title chain ends on does. Invented people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_counted_items_title_before_it_is_its_post():
    text = news_page("王海燕看望了吉小花、厨师长符明亮等12名一线职工。")
    assert ("符明亮", "厨师长", None) in first_article_positions(text)
