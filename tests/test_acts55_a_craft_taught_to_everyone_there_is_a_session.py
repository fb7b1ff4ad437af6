"""Activities (s44 acts55): a craft a named teacher teaches those at the event (花艺师
某老师带领大家学习插花, 教大家包粽子) is a session of its own: 大家 in the verb is its
audience, as 为学员 before a teaching verb is. A master teaching an apprentice (教徒弟)
stays no activity. Real pages of s44 (district unions' women's day afternoons with a
florist or a pastry cook). Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_florist_teaching_everyone_after_a_talk_is_a_second_session():
    rows = find_activities(
        [
            "活动中，主任医师王某为60余名女职工作了健康讲座。随后，花艺师李某老师带领大家学习插花。",
        ]
    )
    assert [a.category for a in rows] == [Category.lecture, Category.lecture]
    assert rows[1].name == "带领大家学习插花"


def test_a_master_teaching_an_apprentice_is_no_session():
    assert find_activities(["组长曾某正手把手教徒弟用竹篾扎制骨架。"]) == []
