"""A teaching verb opening its clause (，讲解了欠薪维权的办理流程) has its teacher in the
clause before when that one tells the talk's manner after the teacher (大队长某某结合
农民工工资案例): a session of the course told by its teacher. A clause before with no
teacher (结合工作实际，讲解了…) gives none. The tuning gold of real_dev13 and real_dev15
(s52 acts68). Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.phrased import taught_by_teachers
from gonghui_build.vocabulary import Category


def _taught(text: str) -> list[str]:
    return [text[m.start : m.end] for m in taught_by_teachers(text, 0, len(text))]


def test_a_post_and_name_before_a_clause_of_manner_teach_the_next_clause():
    text = "县劳动监察大队大队长柏思远结合欠薪案例，讲解了维权的办理流程。"
    found = taught_by_teachers(text, 0, len(text))
    assert [m.category for m in found] == [Category.lecture]
    assert _taught(text) == ["讲解了维权的办理流程"]


def test_a_speakers_title_before_a_clause_of_manner_teaches_too():
    assert _taught("南岭学院副教授严可馨围绕班组管理，解读了安全规程。") == ["解读了安全规程"]


def test_a_clause_of_manner_with_no_teacher_gives_no_session():
    assert _taught("会议结合工作实际，讲解了下一步安排。") == []
