"""A visit to a facility, then 该工作室日前刚刚揭牌: the unveiling is news of its own, told
after the fact. Its 该 points back at the facility the visit went to, not at an
activity, so it is no second mention of the visit. The tuning gold of real_dev16 (a
county plenary whose members visited a studio unveiled days before). Sentences written
for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_a_studio_unveiled_days_before_the_visit_is_an_activity_of_its_own():
    out = find_activities(
        [
            "会前，与会人员参观了设在青禾机械有限公司的“柏思远技能大师工作室”，"
            "该工作室日前刚刚揭牌，领衔人柏思远是公司维修班班长。"
        ]
    )
    assert [(a.category, a.status) for a in out] == [
        (Category.visit, Status.held),
        (Category.other, Status.held),
    ]


def test_a_visit_told_again_by_its_anaphor_is_still_one():
    out = find_activities(["5月8日，工会干部到南岭社区走访慰问。此次走访共慰问职工12户。"])
    assert [a.category for a in out] == [Category.visit]
