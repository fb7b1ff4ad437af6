"""A quoted facility closing its clause, then a clause with no subject of its own that
puts its opening ahead (命名成立“某某创新工作室”，计划于今年6月挂牌): the opening is a
planned activity, dated by that clause. The tuning gold of real_dev15 (a profile's
studio to be unveiled in June). A plan for what is done in the facility (计划每年更新图书)
opens nothing. Sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_a_studio_to_be_unveiled_in_june_is_a_planned_opening():
    out = find_activities(
        ["公司工会正以柏思远的名字命名成立“思远焊接创新工作室”，计划于今年6月挂牌。"]
    )
    assert [(a.category, a.status, a.date.month if a.date else None) for a in out] == [
        (Category.other, Status.planned, 6)
    ]


def test_a_plan_for_the_rooms_books_opens_nothing():
    assert find_activities(["园区建起“职工书屋”，计划每年更新图书两次。"]) == []
