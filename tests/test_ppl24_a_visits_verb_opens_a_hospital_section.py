"""A verb whose object is a person (看望了, 慰问了: ``people.yaml`` verbs_before_a_person)
printed right before a hospital's clinical department and a post opens that department
as a mark would, so the post is held at the department of the hospital the clause
named (某医院，看望了急诊科护士长某某 → 护士长 at 某医院急诊科). Before, the verb ran
into the department and the post was left with no body. Invented hospital and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_post_after_a_visits_verb_is_held_at_the_hospitals_department():
    body = "日前，张红一行来到青川市第三人民医院，看望了急诊科护士长王红英。"
    posts = first_article_positions(news_page(body))
    assert ("王红英", "护士长", "青川市第三人民医院急诊科") in posts


def test_a_post_after_a_bare_visits_verb_is_held_there_too():
    body = "同日，张红到青川市第三人民医院，慰问放射科主任王红英和她的同事们。"
    posts = first_article_positions(news_page(body))
    assert ("王红英", "主任", "青川市第三人民医院放射科") in posts
