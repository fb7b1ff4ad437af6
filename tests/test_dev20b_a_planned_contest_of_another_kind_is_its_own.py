"""Activities, s53 dev20b: a planned contest of another kind after a held one
(举办职工篮球赛。…还将举办职工乒乓球赛) is an activity of its own, planned, not the held
contest told again; the held contest named again in a plan (还将把篮球赛办成品牌) still
refers back. Sentences written for these tests (invented
unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _rows(text: str) -> list[tuple[str, str]]:
    return [(d.name, d.status.value) for d in find_activities([text])]


def test_a_planned_contest_of_another_sport_is_a_new_row():
    text = "青禾县总工会5月8日至9日举办第二届职工篮球赛，12支代表队参赛。7月底前，县总工会还将举办职工羽毛球赛。"
    rows = _rows(text)
    assert ("职工羽毛球赛", "planned") in rows
    assert len(rows) == 2


def test_the_same_contest_named_in_a_plan_is_no_new_row():
    text = "青禾县总工会5月8日至9日举办第二届职工篮球赛，12支代表队参赛。县总工会还将把篮球赛办成品牌。"
    assert len(_rows(text)) == 1
