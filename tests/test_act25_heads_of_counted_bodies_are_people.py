"""Counts, act25: a count in a body's unit whose phrase ends in the post of each body's head
(21个基层工会负责人参加, 30家企业工会主席参加) counts people, one from each body; a count
of bodies alone stays one of bodies. Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.vocabulary import Unit
from tests.conftest import news_page, page_facts


def _count(body: str) -> tuple[int, Unit] | None:
    (activity,) = page_facts(news_page(body)).articles[0].activities
    p = activity.participants
    return (p.count, p.unit) if p else None


def test_heads_of_counted_unions_are_people() -> None:
    body = "11月6日，青溪区总工会召开工会经费审查工作推进会，18个基层工会负责人参加。"
    assert _count(body) == (18, Unit.people)


def test_chairs_of_counted_firms_are_people() -> None:
    body = "4月，青溪县总工会在园区召开民主管理推进会，园区30家企业工会主席参加。"
    assert _count(body) == (30, Unit.people)


def test_counted_firms_alone_are_bodies() -> None:
    body = "4月，青溪县总工会在园区召开民主管理推进会，园区30家企业参加。"
    assert _count(body) == (30, Unit.organisations)
