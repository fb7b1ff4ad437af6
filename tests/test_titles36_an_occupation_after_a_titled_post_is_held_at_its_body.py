"""An occupation or a grade printed after a post of a body and joined to it by 、, with no
body of its own (某中学校长、特级教师某某), is held at the post's body, as a title of a
chain with no body inherits the one to its left (the tuning gold: 钢筋工班长、高级技师 at
the group). Invented copies of an award list.
"""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_grade_after_a_head_of_a_school_is_held_at_the_school() -> None:
    body = "4月28日，江城市总工会表彰先进。江城市第二中学校长、特级教师王丽萍获表彰。"
    positions = first_article_positions(news_page(body))
    assert ("王丽萍", "校长", "江城市第二中学") in positions
    assert ("王丽萍", "特级教师", "江城市第二中学") in positions
    assert ("王丽萍", "特级教师", None) not in positions


def test_an_occupation_alone_keeps_no_body() -> None:
    body = "4月28日，江城市总工会表彰先进。特级教师王丽萍获表彰。"
    positions = first_article_positions(news_page(body))
    assert ("王丽萍", "特级教师", None) in positions
