"""A talk a speaker gives on a topic after 就 (经审会主任某某就工会经费审计作辅导) is a
lecture of its own beside a course's other talks in the sentence: its topic tells it
apart, as a title does. No speaker opening the clause (会议就下一步工作作部署), no talk.
The tuning gold of real_dev14 (s52 acts68). Sentences written for these tests (invented
names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_talk_on_a_topic_after_a_titled_talk_is_a_lecture_of_its_own():
    text = (
        "部长柏思远讲解了《南岭省职工权益保障条例》；县总工会经审会主任严可馨就工会经费审计作辅导。"
    )
    out = find_activities([text])
    assert [a.category for a in out] == [Category.lecture, Category.lecture]
    assert out[1].name == "就工会经费审计作辅导"


def test_a_meeting_setting_out_work_on_a_topic_is_no_talk():
    assert find_activities(["会议就下一步工作作部署。"]) == []
