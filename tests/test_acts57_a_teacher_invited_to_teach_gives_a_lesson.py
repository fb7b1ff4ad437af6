"""Activities (s45 acts57): a talk told by the invitation and the teaching verb alone
(邀请…为职工授课) when the one invited is an honoured skilled worker (技能大师, 焊接大师),
or a comma closes the teacher's long title before the audience (邀请某校教授某某，为职工授课). Real pages of s45 (a city union's craftsman
lecture tour, a district union's masters-and-apprentices exchange, county unions' master
classes). Near miss: a comma after a clause of what the invited did at a meeting
(邀请劳模代表发言，为大家讲述…) is a turn of that meeting, no talk of its own.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _categories(text: str) -> list[Category]:
    return [a.category for a in find_activities([text])]


def test_a_skills_master_invited_to_teach_gives_a_lesson():
    text = "青禾县总工会每月邀请省级技能大师为一线职工授课。"
    assert _categories(text) == [Category.lecture]


def test_a_welding_master_invited_to_teach_gives_a_lesson():
    assert _categories("溪口公司工会邀请焊接大师为青工授课。") == [Category.lecture]


def test_a_comma_after_the_teachers_title_and_name():
    text = "5月10日，青禾县总工会邀请市委党校教授林振华，为全县职工授课。"
    acts = find_activities([text])
    assert [a.category for a in acts] == [Category.lecture]
    assert acts[0].date is not None


def test_a_comma_after_a_turn_at_the_meeting_is_no_talk():
    text = "会上，桐江区总工会邀请劳模代表发言，为大家讲述奋斗故事。"
    assert _categories(text) == []
