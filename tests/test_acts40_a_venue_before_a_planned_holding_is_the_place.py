"""A building named before a planned 举行 (s39 acts40): 市工人文化宫将举行庆祝国庆职工
书画展 places the show at the palace, as 市工人文化宫隆重举行… already did for a held
one. Near misses: a palace that 还将举办s more is the body organising it, no place read
from the subject (real pages of s39: a city palace's spring festival service); a body
that is no building before 将举行 is no place.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _rows(text: str) -> list[tuple[str, str | None, str]]:
    return [(a.name, a.place, a.status.value) for a in find_activities([text])]


def test_a_palace_before_a_planned_holding_is_the_place():
    text = "会上通报，市工人文化宫将举行庆祝国庆职工书画展，展出作品二百余件。"
    assert _rows(text) == [("庆祝国庆职工书画展", "市工人文化宫", "planned")]


def test_a_palace_before_a_held_holding_stays_the_place():
    text = "9月30日，市工人文化宫隆重举行庆祝国庆职工书画展。"
    assert _rows(text)[0][1] == "市工人文化宫"


def test_a_palace_that_will_organise_is_no_place():
    text = "节日期间，市工人文化宫还将举办职工迎春游园会。"
    assert _rows(text)[0][1] is None


def test_a_union_before_a_planned_holding_is_no_place():
    text = "会上通报，市总工会将举行庆祝国庆职工书画展。"
    assert _rows(text)[0][1] is None
