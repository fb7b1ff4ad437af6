"""A name printed right after its title (a past post, often: 原主席), then a comma and a
mark of tenure (现任, 现为: ``titles.yaml`` posts_after_name_marks) opening a post that
fills its clause: the person holds both, the post before the name and the post now
(invented copies of a retirement report and a veteran cadres' visit).
"""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_former_chair_holds_the_post_he_holds_now() -> None:
    body = "9月9日，江城市总工会走访老干部。江城市总工会原主席刘德顺，现任市人大常委会副主任。"
    positions = first_article_positions(news_page(body))
    assert ("刘德顺", "主席", "江城市总工会") in positions
    assert ("刘德顺", "副主任", "市人大常委会") in positions


def test_a_mark_after_a_clause_that_is_no_post_gives_nothing() -> None:
    body = "9月9日，江城市总工会走访老干部。江城市总工会原主席刘德顺，现任职务多年未变。"
    positions = first_article_positions(news_page(body))
    assert ("刘德顺", "主席", "江城市总工会") in positions
    assert len(positions) == 1


def test_a_name_after_no_title_is_left_to_the_sentences_reading() -> None:
    body = "9月9日，江城市总工会走访老干部。座谈会上，退休职工刘德顺，现为社区志愿者。"
    positions = first_article_positions(news_page(body))
    assert not any(title == "志愿者" for _, title, _ in positions)
