"""Activities (s47 acts59): a congress told by its short name (职代会, 教代会, 工代会, 两代会)
is a meeting where the text holds one by its session: 召开三届二次职代会, 五届三次教代会
在礼堂隆重召开. s46's acts58 read every short name as a meeting and was backed out, since
a congress is named in passing far more often than held; this reads only the session
held. Real pages of s47 (a company's, a group's and a cement works' workers' congresses,
three schools' teachers' congresses, two universities' preparatory meetings). Near
misses: the congress as a body or its business (提交…职代会审议, 职代会制度, 教代会提案,
…教代会筹备工作协调会), one with no session (召开职代会), one held for practice (模拟召开),
stay none. Sentences written for these tests (invented firms and schools)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("近日，青禾县教育工会召开三届三次教代会。", "三届三次教代会"),
        ("12月20日，溪口集团召开二届四次职代会暨工作会。", "二届四次职代会"),
        ("3月11日下午，柳岸中专五届三次教代会在学校会议室隆重召开。", "柳岸中专五届三次教代会"),
        ("溪口公司召开第二届第三次职代会，审议通过了集体合同。", "第二届第三次职代会"),
    ],
)
def test_a_congress_told_by_its_session_and_held_is_a_meeting(paragraph, name):
    found = find_activities([paragraph])
    assert [(a.name, a.category, a.status) for a in found] == [
        (name, Category.meeting, Status.held)
    ]


def test_a_congress_to_be_held_by_its_session_is_planned():
    found = find_activities(["溪口公司将于3月召开一届二次职代会。"])
    assert [(a.name, a.status) for a in found] == [("一届二次职代会", Status.planned)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "形成集体合同草案，将提交公司四届三次职代会审议表决。",
        "厂工会坚持职代会制度，推进厂务公开。",
        "会议通过了表彰七届二次教代会提案组织先进单位的决定。",
        "3月18日，学校召开九届四次教代会暨十八届四次工代会筹备工作协调会。",
        "3月15日，红旗机械厂召开职代会，审议通过了厂长工作报告。",
        "培训班还组织学员分组模拟召开三届二次职代会。",
    ],
)
def test_a_congress_named_in_passing_is_no_meeting(paragraph):
    names = [a.name or "" for a in find_activities([paragraph])]
    assert not any(name.endswith(("职代会", "教代会", "工代会")) for name in names)
