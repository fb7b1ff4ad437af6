"""A note in brackets on how a post is held (兼, 挂职: ``titles.yaml`` title_notes) printed
inside a title chain, before the 、 that opens the next title, is no end of the chain: the
titles before it are the person's too (invented copies of a meeting report's speaker list).
"""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_note_after_an_industry_unions_post_keeps_it_in_the_chain() -> None:
    body = "6月3日，江城市总工会召开产业工会工作会。江城市机械冶金工会主席（兼）、市总工会产业工作部部长孙立国讲话。"
    positions = first_article_positions(news_page(body))
    assert ("孙立国", "主席", "江城市机械冶金工会") in positions
    assert ("孙立国", "部长", "市总工会产业工作部") in positions


def test_a_note_after_the_first_post_lends_its_body_to_the_next() -> None:
    body = "6月3日，江城市总工会召开座谈会。江城市总工会副主席（挂职）、党组成员苗振东讲话。"
    positions = first_article_positions(news_page(body))
    assert ("苗振东", "副主席", "江城市总工会") in positions
    assert ("苗振东", "党组成员", "江城市总工会") in positions
    assert ("苗振东", "党组成员", None) not in positions


def test_a_bracket_that_is_no_note_still_ends_the_chain() -> None:
    body = "6月3日，江城市总工会召开座谈会。江城市总工会主席（2019年当选）、副主席苗振东讲话。"
    positions = first_article_positions(news_page(body))
    assert ("苗振东", "主席", "江城市总工会") not in positions
