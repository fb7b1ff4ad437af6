"""Meetings a union convenes, named only by their kind (issue 11), on sentences written
for these tests (invented places and bodies): 会议 right after 召开 or 举行, with words of
its own before it (电视电话会议, 年终总结会议, 女工委扩大会议), is one meeting
held; 会议 with no verb of convening before it (会议精神, 列席了会议, 接待会议代表) or with
only generic words (相关会议) names none."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def found(*paragraphs: str):
    return find_activities(list(paragraphs), frozenset())


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("3月8日，东湖区总工会当天召开电视电话会议，部署节日期间工作。", "电视电话会议"),
        ("4月9日，南湖区仲裁委召开年终总结会议。", "年终总结会议"),
        ("6月3日，北山机械厂工会召开女工委扩大会议。", "女工委扩大会议"),
        ("当晚举行了主席团一次会议，推选了新的书记处。", "主席团一次会议"),
    ],
)
def test_a_meeting_convened_under_its_kind_is_one_meeting_held(sentence, name):
    out = found(sentence)
    assert [(a.name, a.category, a.status) for a in out] == [(name, Category.meeting, Status.held)]


@pytest.mark.parametrize(
    "sentence",
    [
        "各级工会要按时召开相关会议。",
        "西山宾馆为接待会议代表做了准备。",
        "几位厂长列席了会议。",
        "职工们认真学习电视电话会议精神。",
    ],
)
def test_a_meeting_word_not_convened_or_only_generic_is_no_meeting(sentence):
    assert found(sentence) == []
