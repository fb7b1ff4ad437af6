"""Activities, s46 (acts58): a workers' congress told by its short name (召开三届二次职代会,
召开职代会，审议通过了…), a congress of both delegates (两代会) and a school's teachers'
congress (教代会) are meetings, as 代表大会 is; the congress's system (职代会制度) and a
congress held for practice (模拟召开职代会) are none. Sentences written for these tests
(invented unions and firms)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("3月12日，青石县机械厂召开三届二次职代会，85名职工代表参加会议。", "三届二次职代会"),
        ("3月15日，红旗机械厂召开职代会，审议通过了厂长工作报告。", "职代会"),
        ("4月2日，柳林公司召开第二届两代会。", "第二届两代会"),
        ("南岭中学第五届教代会近日开幕。", "南岭中学第五届教代会"),
    ],
)
def test_the_short_name_of_a_congress_is_a_meeting(paragraph, name):
    found = find_activities([paragraph])
    assert [a.name for a in found] == [name]
    assert found[0].category == Category.meeting


@pytest.mark.parametrize(
    "paragraph",
    [
        "厂工会坚持职代会制度，推进厂务公开。",
        "培训班还组织学员分组模拟召开职代会。",
    ],
)
def test_a_congress_system_or_a_mock_congress_is_no_meeting(paragraph):
    assert [a.name for a in find_activities([paragraph])] == []
