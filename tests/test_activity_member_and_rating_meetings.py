"""Meetings a union holds with its members or with the unions below it, named by words
the vocabulary long lacked (issue 11), on sentences written for these tests (invented
places and bodies): a talk where members tell the union their needs (沟通会), a meeting
rating the year's work of lower unions' staff (考评会) and one judging who is honoured
(评审会) are meetings held; the words in a remark or before another noun are none."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def found(*paragraphs: str):
    return find_activities(list(paragraphs), frozenset())


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("青禾区总工会举办喜迎新春职工沟通会，三百余名职工参加。", "喜迎新春职工沟通会"),
        ("南屿市总工会召开2022年度基层工会干事考评会。", "2022年度基层工会干事考评会"),
        ("校工会召开年度先进集体现场评审会。", "年度先进集体现场评审会"),
    ],
)
def test_a_members_talk_or_a_rating_meeting_a_union_holds_is_one_meeting_held(sentence, name):
    out = found(sentence)
    assert [(a.name, a.category, a.status) for a in out] == [(name, Category.meeting, Status.held)]


@pytest.mark.parametrize(
    "sentence",
    [
        "他说，沟通会很有意义。",
        "区总工会要求各单位认真准备考评会材料。",
    ],
)
def test_the_bare_word_in_a_remark_or_before_another_noun_is_no_meeting(sentence):
    assert found(sentence) == []
