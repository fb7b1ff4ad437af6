"""The grade a post is held at, printed in brackets after it (（正处级）, （副处级）:
``titles.yaml`` title_notes), is no title and no end of the chain: the name after it and
the titles before it are read as with no note (invented copies of a union meeting report).
"""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_grade_between_the_chain_and_the_name() -> None:
    body = "5月6日，江城市总工会召开座谈会。江城市总工会副主席、一级调研员（正处级）马丽华出席。"
    positions = first_article_positions(news_page(body))
    assert ("马丽华", "副主席", "江城市总工会") in positions
    assert ("马丽华", "一级调研员", "江城市总工会") in positions


def test_a_grade_after_the_first_post_of_a_chain() -> None:
    body = "5月6日，江城市总工会召开座谈会。江城纺织集团工会主席（副处级）、党委委员孙立国讲话。"
    positions = first_article_positions(news_page(body))
    assert ("孙立国", "主席", "江城纺织集团工会") in positions
