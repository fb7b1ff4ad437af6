"""Activities, s33 (issue 11): a meeting convened and named only by a word of its kind
that is a modifier or an adverb elsewhere (召开专题会议，传达学习…; 立即召开紧急会议，部署…)
is one meeting held; the same words in a list of methods (通过召开专题会议、组织集中学习等
形式) or the adverb before a verb (各级工会紧急行动) name none. Sentences written for these
tests (invented unions, places and people)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("3月21日，青禾区总工会召开专题会议，传达学习市总工会全委会精神。", "专题会议"),
        ("7月16日，柳河县总工会立即召开紧急会议，部署支援救灾工作。", "紧急会议"),
        ("地震发生当晚，柳河县总工会召开了紧急会议。", "紧急会议"),
    ],
)
def test_a_meeting_convened_by_its_kind_is_one_meeting(paragraph, name):
    (found,) = find_activities([paragraph])
    assert (found.name, found.category) == (name, Category.meeting)


@pytest.mark.parametrize(
    "paragraph",
    [
        "本市各企业工会通过召开专题会议、组织集中学习、开展分众宣讲等形式，把全会精神传达到职工。",
        "灾情发生后，各级工会紧急行动，为受灾职工送去慰问物资。",
    ],
)
def test_the_kind_words_in_a_list_of_methods_or_before_a_verb_name_no_meeting(paragraph):
    assert find_activities([paragraph]) == []
