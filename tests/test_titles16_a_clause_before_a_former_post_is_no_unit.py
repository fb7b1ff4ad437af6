"""A visit's clause printed between a body and a former post (区总工会一行走访了|原工会主席某某,
某厂工会负责人慰问了|原副主席某某) is no unit of the body: a verb with its aspect particle
(了, 着, 过) makes the text a clause, whose body is the visitor, not the body of the post;
the title is the post alone. A unit printed between a body and its post (某厂三车间|主任)
stays the post's. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_visit_clause_before_a_former_union_post_is_no_part_of_the_title():
    text = news_page("区总工会一行走访了原工会主席柯明远，送上慰问品。")
    positions = first_article_positions(text)
    assert ("柯明远", "主席", None) in positions
    assert not any("走访" in title for _, title, _ in positions)


def test_the_visitors_body_does_not_hold_the_former_post():
    text = news_page("青岚机械厂工会负责人慰问了原副主席柯明远。")
    positions = first_article_positions(text)
    assert ("柯明远", "副主席", None) in positions
    assert not any("慰问" in title for _, title, _ in positions)


def test_a_unit_between_a_plant_and_its_post_stays_the_posts():
    text = news_page("青禾锅炉厂压力容器车间班长邝德胜介绍了经验。")
    assert ("邝德胜", "班长", "青禾锅炉厂压力容器车间") in first_article_positions(text)
