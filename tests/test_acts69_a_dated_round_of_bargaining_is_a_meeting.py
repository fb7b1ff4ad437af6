"""A dated round of collective bargaining (今年3月，某工会与管理方完成了第七轮工资集体协商)
is a meeting of the two sides, held on its day; an undated one (推动企业普遍开展工资集体
协商) is standing work, and one told as a topic (介绍了开展工资集体协商的做法) is no event.
The tuning gold of real_dev13 and real_dev16. Sentences written for these tests
(invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_a_round_completed_this_march_is_a_meeting_held():
    out = find_activities(
        ["今年3月，青禾机电工会与公司管理方完成了第五轮工资集体协商，工资增长5%。"]
    )
    assert [(a.category, a.status, a.name) for a in out] == [
        (Category.meeting, Status.held, "第五轮工资集体协商")
    ]


def test_an_industrys_round_in_october_counts_its_firms():
    out = find_activities(
        ["10月，南岭县总工会组织县内8家茶叶企业开展行业工资集体协商，确定了行业工资标准。"]
    )
    assert [(a.category, a.participants.count if a.participants else None) for a in out] == [
        (Category.meeting, 8)
    ]


def test_undated_bargaining_or_its_method_is_no_event():
    assert find_activities(["要推动企业普遍开展工资集体协商。"]) == []
    assert find_activities(["公司工会主席介绍了企业开展工资集体协商的做法。"]) == []
