"""A lesson told with no subject (给职工方代表上了一堂课) is a session only when its
sentence names the teacher by a speaker's title (请来了…律师某某); with none it is a
figure of speech (这次经历给我们上了一堂课). The tuning gold of real_dev13 (s52 acts68).
Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_lawyer_invited_to_give_a_bare_lesson_gives_a_lecture():
    text = "今年我们请来了南岭律师事务所律师严可馨，在协商前给职工方代表上了一堂课。"
    assert [a.category for a in find_activities([text])] == [Category.lecture]


def test_a_bare_lesson_of_life_is_no_lecture():
    assert find_activities(["这次经历给我们上了一堂课。"]) == []
