"""A visit or show a sentence opening with 会前 reports (会前，与会代表参观了…成果展) is
on the meeting's programme, before its session: part of the meeting, as one after it
(会后) is. Real pages of s50 acts63 (congresses touring a show or a works first) and the
tuning gold of real_dev13. Sentences written for these tests (invented names)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_visit_before_the_session_is_part_of_the_congress():
    out = find_activities(
        [
            "11月7日，青禾市总工会第五次会员代表大会在市工人文化宫召开。"
            "会前，与会代表参观了青禾精密机械有限公司。"
        ]
    )
    assert [(a.category, a.parent) for a in out] == [(Category.meeting, None), (Category.visit, 0)]
