"""Activities of real pages, s21 (issue 11): an event that itself goes somewhere (某总工会
主办的…文艺演出走进某公司, …讲座走进开发区) is one activity held there, not that event
and a visit besides; a group going to a site (学员们走进某公司) is still a visit. A show
staged for workers under a name (“…”慰问演出) is an event of kind other, not a visit
read from its 慰问. Sentences written for these tests (invented names and units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def kinds(text: str) -> list[Category]:
    return [a.category for a in find_activities([text])]


def test_a_show_going_to_a_company_is_one_show():
    text = "5月12日，由北岭市总工会主办的公益性文艺演出走进青湾街道南岭电子有限公司。"
    assert kinds(text) == [Category.other]


def test_a_lecture_going_to_a_park_is_one_lecture():
    text = "6月3日，北岭区总工会女职工权益保护讲座走进青湾开发区南岭科技有限公司。"
    assert kinds(text) == [Category.lecture]


def test_a_group_going_to_a_company_is_still_a_visit():
    text = "培训结束后，学员们走进南岭科技有限公司。"
    assert kinds(text) == [Category.visit]


def test_a_named_show_for_workers_is_an_event_not_a_visit():
    text = "8月5日，北岭区总工会“夏夜之歌”慰问演出走进青湾新区物流园建筑工地。"
    assert kinds(text) == [Category.other]


def test_a_party_going_to_console_workers_is_still_a_visit():
    text = "8月2日，市总工会副主席柳青岩一行到南岭建工集团项目部慰问一线职工。"
    assert kinds(text) == [Category.visit]
