"""Activities, s46 (acts58): facilities a union plans to build, a target it sets itself
(区总工会将在年底前新建户外劳动者服务站点30个, 计划在全市建成“司机之家”8个, 今年将在全省新建
一千个“暖新驿站”, 将在场站设立职工服务点), are planned activities of kind other, named by
the facility with its count left out; facilities built with a count (新建职工书屋23个) stay
totals of the year's work, and building told as a field of work (推进职工之家建设) names
none. Sentences written for these tests (invented unions)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("青石区总工会将在年底前新建户外劳动者服务站点30个。", "户外劳动者服务站点"),
        ("今年柳河市总工会计划在全市建成“司机之家”8个。", "“司机之家”"),
        ("据悉，省总工会今年将在全省新建一千个“暖新驿站”。", "“暖新驿站”"),
        ("夏季期间，公司工会将在场站设立职工服务点，给夜班司机送饭。", "职工服务点"),
    ],
)
def test_a_planned_target_of_facilities_is_a_planned_activity(paragraph, name):
    found = find_activities([paragraph])
    assert [a.name for a in found] == [name]
    assert found[0].category == Category.other
    assert found[0].status == Status.planned


@pytest.mark.parametrize(
    "paragraph",
    ["今年青石市新建职工书屋23个。", "青石区总工会将继续推进职工之家建设。"],
)
def test_facilities_built_or_a_field_of_work_name_no_activity(paragraph):
    assert [a.name for a in find_activities([paragraph])] == []
