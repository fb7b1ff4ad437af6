"""当上(了) 'came to be' after a name and an adverb of time (某某后来当上了某分厂副厂长),
as 担任 and 升任 are (``titles.yaml`` career_post_verbs): the post after it is the
person's, at the body printed with it. Before, the clause gave no post. Invented works
and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_post_come_to_after_a_name_is_the_persons():
    body = "青川重工锻造分厂的王大勇跟着李师傅学习。王大勇后来当上了锻造分厂副厂长。"
    posts = first_article_positions(news_page(body))
    (body_held,) = [org for name, title, org in posts if (name, title) == ("王大勇", "副厂长")]
    assert body_held is not None and body_held.endswith("锻造分厂")
