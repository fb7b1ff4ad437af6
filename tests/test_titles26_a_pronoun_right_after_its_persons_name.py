"""A pronoun right after a comma that follows the paragraph's one person's name
(某厂的老职工某某，他是厂工会副主席，…) takes that name up, and the post its clause
states is the person's; a pronoun after a comma that follows anything else (某某说，他是…)
may stand for anyone and gives no post. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_pronoun_after_the_name_and_a_comma_gives_the_post():
    body = "江城化工厂的老职工樊志国，他是厂工会副主席，多年来一直为职工办实事。"
    assert _posts(body, "樊志国") == {("副主席", "江城化工厂工会")}


def test_a_pronoun_after_the_name_and_a_word_of_time():
    body = "江城机械厂二车间的任海波，他如今是江城机械厂二车间主任。"
    assert {t for t, _ in _posts(body, "任海波")} == {"二车间主任"}


def test_a_pronoun_after_a_verb_of_saying_gives_no_post():
    assert not _posts("任海波说，他是车间主任，理应带头。", "任海波")


def test_a_pronoun_after_two_people_gives_no_post():
    body = "记者来到江城机械厂，见到了任海波和钟卫国，他是车间主任。"
    found = first_article_positions(news_page(body))
    assert not {n for n, t, _ in found if t == "车间主任"}
