"""Counts, act25: 上 before a bare round numeral (上百家企业, 上千名职工) says at least so
many, as 多达 does; before figures it is no qualifier (会上300名: an occasion's 上).
Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

from gonghui_build.text.numbers import quantities
from gonghui_build.vocabulary import Qualifier, Unit
from tests.conftest import news_page, page_facts


def test_shang_before_a_bare_hundred_is_at_least() -> None:
    (q,) = quantities("上百家企业")
    assert (q.value, q.qualifier) == (100, Qualifier.at_least)


def test_shang_before_figures_qualifies_nothing() -> None:
    (q,) = quantities("会上300名职工")
    assert (q.value, q.qualifier) == (300, Qualifier.exact)


def test_a_quiz_a_hundred_firms_and_more_entered_counts_at_least_a_hundred() -> None:
    body = "连日来，青溪区总工会在全区开展安全知识竞赛，上百家企业参与。"
    (activity,) = page_facts(news_page(body)).articles[0].activities
    p = activity.participants
    assert (p.count, p.unit, p.qualifier) == (100, Unit.organisations, Qualifier.at_least)
