"""Activities, act25: a leader taking a group (带领区总工会慰问组) or a team (带队) in turn
to sites (先后到A、B和C) before the visit's verb after a comma is a delegation's visit,
the group led no trigger of its own; a 到 that ends another verb (得到) goes nowhere.
Sentences written for these tests (invented unions, people and sites)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _kinds(text: str) -> list[Category]:
    return [a.category for a in find_activities([text])]


def test_a_group_led_in_turn_to_three_sites_visits() -> None:
    text = (
        "1月5日，青溪区总工会主席柯某带领区总工会慰问组，先后到区环卫服务中心、"
        "南岭镇供水站和某建材有限公司，看望慰问坚守岗位的一线职工。"
    )
    assert _kinds(text) == [Category.visit]


def test_a_team_led_in_turn_with_no_comma_visits() -> None:
    text = "1月5日，青溪区总工会主席柯某带队先后到区环卫服务中心、南岭镇供水站，看望慰问一线职工。"
    assert _kinds(text) == [Category.visit]


def test_a_to_that_ends_another_verb_goes_nowhere() -> None:
    text = "1月5日，青溪区总工会主席柯某带领大家得到了支持，看望慰问一线职工。"
    assert _kinds(text) == []
