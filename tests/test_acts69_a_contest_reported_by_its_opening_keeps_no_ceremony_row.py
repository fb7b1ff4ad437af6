"""A contest reported by its opening ceremony (某市第三届职工运动会开幕式在市体育中心举行)
is read as the games; the bare 开幕式 printed after it (出席开幕式, 开幕式上，…) is that
same report, no row of its own. The tuning gold of real_dev17 (a city's games opened).
A course's opening ceremony, no contest read from it, is left as before. Sentences
written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _kinds(texts: list[str]) -> list[tuple[Category, str | None]]:
    return [(a.category, a.name) for a in find_activities(texts)]


def test_the_games_opened_keep_no_ceremony_row():
    kinds = _kinds(
        [
            "10月12日晚，青禾市第二届职工运动会开幕式在市体育中心举行。市总工会主席柏思远出席开幕式。"
            "开幕式上，柏思远为市职工文体协会授旗。",
            "开幕式后，首场比赛——职工拔河赛随即开赛。",
        ]
    )
    assert [k for k in kinds if k[0] == Category.meeting] == []


def test_a_courses_opening_ceremony_with_a_scene_stays():
    kinds = _kinds(
        [
            "5月8日，青禾区2024年工会干部培训班在区委党校开班。区总工会主席柏思远出席开班仪式并讲话。"
            "开班仪式上，柏思远作动员讲话。"
        ]
    )
    assert (Category.meeting, "开班仪式") in kinds
