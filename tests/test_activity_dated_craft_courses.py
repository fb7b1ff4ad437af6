"""A union's small course reported as held on a day and named by its craft before a bare
培训 (issue 11), on sentences written for these tests (invented places and bodies): the
sentence opens on the day (9月7日下午，; 近日，) and a union holds (举办, 开展, 组织) the
course, named by four characters or more of its own, is one course held. A course with
no day, only a kind of work (业务培训), or a plan or directive is no course found."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def found(*paragraphs: str):
    return find_activities(list(paragraphs), frozenset())


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "6月12日下午，青石街道总工会在街道职工之家举办女职工面点制作培训，30余名女职工参加。",
            "女职工面点制作培训",
        ),
        ("近日，白河县总工会组织困难女职工开展手工编织培训。", "手工编织培训"),
        ("▲3月6日，柳岸镇总工会举办了职工插花艺术培训。", "职工插花艺术培训"),
    ],
)
def test_a_craft_course_held_on_the_day_its_sentence_opens_with_is_one_course(sentence, name):
    out = found(sentence)
    assert [(a.name, a.category, a.status) for a in out] == [(name, Category.training, Status.held)]


@pytest.mark.parametrize(
    "sentence",
    [
        "今年以来，青石街道总工会开展女职工面点制作培训。",
        "6月12日，青石街道总工会举办消防培训。",
        "6月12日，区总工会召开会议，要求各街道工会开展女职工面点制作培训。",
        "6月12日，各街道工会要举办女职工面点制作培训。",
    ],
)
def test_a_craft_course_with_no_day_or_no_craft_or_only_asked_for_is_no_course(sentence):
    assert found(sentence) == []
