"""Activities (s38): a consolation show held on the day its sentence opens with, though
plainly named (7月20日至29日，…组织职工艺术团…开展巡回慰问演出) is one show; undated, a
call or a plan it stays the work of a series. A hands-on class (体验课: 茶艺体验课,
彩灯制作体验课) is a course, as real_dev6's gold has one; before, no trigger read it.
Real pages of a Guangxi region union's summer tour and of city unions' craft classes are
told so. Sentences written for these tests (invented)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_a_touring_show_held_on_days():
    [show] = find_activities(
        ["7月20日至29日，青禾省总工会组织职工艺术团奔赴基层、工地以及企业开展巡回慰问演出。"]
    )
    assert (show.name, show.category, show.status) == ("巡回慰问演出", Category.other, Status.held)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("今年，青禾市总工会将开展慰问演出。", id="a_plan"),
        pytest.param("1月20日，市总工会召开会议，要求各级工会开展慰问演出。", id="a_call"),
        pytest.param("市总工会艺术团常年开展慰问演出。", id="undated_work"),
    ],
)
def test_no_show(text):
    assert find_activities([text]) == []


def test_a_tea_class_at_a_workers_home():
    [course] = find_activities(
        ["5月20日，青禾区总工会在职工之家举办职工茶艺体验课，30名女职工参加。"]
    )
    assert (course.name, course.category, course.place) == (
        "职工茶艺体验课",
        Category.training,
        "职工之家",
    )
    assert course.participants is not None and course.participants.count == 30


def test_a_class_told_again_is_no_new_one():
    found = find_activities(
        ["5月20日，青禾区总工会举办职工茶艺体验课。", "职工们纷纷表示，这次体验课让大家收获满满。"]
    )
    assert [a.name for a in found] == ["职工茶艺体验课"]
