"""A phrase of the duty or the tenure a post is held with, joined to the title by 的
(主持工作的, 分管…工作的, 新当选的: ``titles.yaml`` duty_openers, duty_phrases), between
the body and the title: the post is held at the body before the phrase (invented copies
of union meeting and visit reports).
"""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_vice_chair_in_charge_of_a_field_is_the_federations() -> None:
    body = "3月6日，朝阳区总工会召开座谈会。朝阳区总工会分管女职工工作的副主席程立伟出席。"
    positions = first_article_positions(news_page(body))
    assert ("程立伟", "副主席", "朝阳区总工会") in positions
    assert ("程立伟", "副主席", None) not in positions


def test_an_acting_head_and_a_newly_elected_chair() -> None:
    body = "3月6日，洛阳市总工会召开全委会。洛阳市总工会主持工作的副主席程立伟主持，新当选的主席卫红霞讲话。"
    positions = first_article_positions(news_page(body))
    assert ("程立伟", "副主席", "洛阳市总工会") in positions


def test_a_phrase_after_no_body_names_none() -> None:
    body = "3月6日，朝阳区总工会召开座谈会。职工信赖的工会主席程立伟出席。"
    positions = first_article_positions(news_page(body))
    assert ("程立伟", "主席", None) in positions
