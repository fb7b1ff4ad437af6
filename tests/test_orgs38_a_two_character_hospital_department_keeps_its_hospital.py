"""A hospital's department of two characters (骨科, 外科) printed after the hospital's
whole name: the unit was read on to the department, but reading the name back found
no body before a unit shorter than a department's three characters (财务部), and the
hospital was lost with its department. Seen on a tuning page's list of book-room
units (session 52, orgs38). Text, people and bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_two_character_department_listed_keeps_its_hospital():
    body = "日前，青禾县总工会为青禾县人民医院骨科等8个单位配送图书。"
    assert "青禾县人民医院骨科" in first_article_resolved(body)


def test_a_two_character_department_before_a_post_keeps_its_hospital():
    body = "日前，青禾县人民医院外科主任刘冬梅介绍了经验。"
    assert "青禾县人民医院外科" in first_article_resolved(body)


def test_a_three_character_department_is_read_as_before():
    body = "日前，青禾县人民医院急诊科护士长刘冬梅介绍了经验。"
    assert "青禾县人民医院急诊科" in first_article_resolved(body)
