"""Activities' categories on real pages' shapes, session 14 (issue 11): an exchange of
experience (经验交流活动, 创新交流活动) is a meeting, as 交流会 is, when it has a name of
its own; a bare 交流活动 names no activity. One behaviour each, on sentences written for
these tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


@pytest.mark.parametrize(
    "sentence",
    [
        "12月3日上午，青禾区总工会组织开展2023年青禾区“职工之家”建设经验交流活动，"
        "各街道工会主席等50多人参加。",
        "5月7日，全省职工书屋建设成果展示交流活动在柳湾市举办。",
        "1月9日，“迎新春、谋发展”劳模工匠创新交流活动举行，30余名劳模工匠欢聚一堂。",
    ],
)
def test_an_exchange_of_experience_is_a_meeting(sentence):
    assert [a.category for a in found(sentence)] == [Category.meeting]
    # a bare exchange names no activity
    assert found("双方职工开展了交流活动，气氛热烈。") == []
