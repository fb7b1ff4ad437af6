"""A body whose anniversary is celebrated is cited, not the event's organiser, however
the years are written: ``成立两周年`` and ``成立一千周年`` as much as ``成立100周年``
(the organiser reader counts with the numerals of :data:`.numbers.COUNT_NUMERALS`, as the
anniversary names do). Invented text."""

from __future__ import annotations

from gonghui_build.extract.activities.organisers import is_cited


def _cited(text: str, body: str) -> bool:
    start = text.index(body)
    return is_cited(text, start, start + len(body), (0, len(text)))


def test_a_body_two_years_old_is_cited_by_its_anniversary():
    text = "庆祝青禾区职工服务中心成立两周年暨职工才艺展示活动在区文化馆举行。"
    assert _cited(text, "青禾区职工服务中心")


def test_a_body_a_hundred_years_old_is_still_cited():
    text = "庆祝青禾市总工会成立100周年暨劳动技能竞赛开幕。"
    assert _cited(text, "青禾市总工会")


def test_a_body_that_holds_the_event_is_no_anniversary_of_its_own():
    text = "青禾区总工会举办职工才艺展示活动，庆祝服务中心成立两周年。"
    assert not _cited(text, "青禾区总工会")
