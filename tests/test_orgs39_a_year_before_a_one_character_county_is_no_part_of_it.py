"""A year before a county whose name is one character and its level (淇县, 沛县): the
date's last unit (年) is no first character of a place jieba does not know, for the
gazetteer knows the county whole (2021年|淇县 was read 年淇县总工会). Seen on a tuning
page of a county yearbook's chronicle (session 52, orgs39). Text and bodies are
invented; the counties are real."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_year_before_a_one_character_county_stays_out_of_its_name():
    body = "2021年沛县总工会举办职工演讲比赛，38名女职工参赛。"
    assert first_article_resolved(body) == {"沛县总工会"}


def test_a_place_jieba_does_not_know_keeps_its_first_character():
    body = "青禾区总工会举办职工演讲比赛，38名女职工参赛。"
    assert first_article_resolved(body) == {"青禾区总工会"}
