"""Shows and lessons a union gives workers, session 36 (acts26), on sentences written
for these tests (invented bodies and places) in shapes read on real pages: a show staged
for one occasion (“…”职工消夏专场演出在某公司职工广场举行) is an event of kind other, and
a lesson given by a teacher (在市工人文化宫举办职工思政公开课, 为一线职工上了一堂思政课)
is a lecture; both were read by no trigger, the show missed and the lesson left with no
name or place. Near miss: a show told bare (观看了专场演出) names no show of its own."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _found(text: str) -> list[tuple[str, Category]]:
    return [(d.name, d.category) for d in find_activities([text])]


def test_a_show_staged_for_workers_is_an_event():
    text = "8月9日晚，渭川区总工会“清风送爽”职工专场演出在宏泰机械公司职工广场举行。"
    assert ("渭川区总工会“清风送爽”职工专场演出", Category.other) in _found(text)


def test_a_show_told_bare_names_no_show():
    text = "职工们观看了专场演出。"
    assert not any(name == "专场演出" for name, _ in _found(text))


def test_an_open_lesson_held_at_a_venue_is_a_lecture():
    text = "6月19日，市总工会在市工人文化宫举办职工思政公开课，200余名职工参加。"
    assert ("职工思政公开课", Category.lecture) in _found(text)
