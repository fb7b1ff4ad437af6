"""A particular body's name and 的 right before a title (某纺织厂的工会主席某某; 当选为某
有限公司的工会主席) name the body the title is held at, as a team's name and 的 do; a
phrase that names no body before 的 (职工信赖的工会主席某某) gives none. Invented names
and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_plants_union_chair_after_de():
    body = "慰问组来到江城纺织厂，江城纺织厂的工会主席秦晓梅介绍了情况。"
    assert _posts(body, "秦晓梅") == {("主席", "江城纺织厂工会")}


def test_a_union_chair_elected_at_a_company_named_before_de():
    body = "1998年，宋振华当选为江城雅美减震器有限公司的工会主席。"
    assert _posts(body, "宋振华") == {("主席", "江城雅美减震器有限公司工会")}


def test_a_phrase_that_names_no_body_before_de_gives_none():
    assert _posts("职工信赖的工会主席秦晓梅每天都到车间。", "秦晓梅") == {("主席", None)}


def test_a_body_named_as_the_subject_before_de_is_not_the_chains():
    body = "江城纺织厂的老职工都认识工会主席秦晓梅。"
    assert _posts(body, "秦晓梅") == {("主席", None)}
