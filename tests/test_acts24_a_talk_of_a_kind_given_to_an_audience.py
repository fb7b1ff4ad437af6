"""A talk of a kind named 报告 and given to an audience with no title, session 36 (acts24):
劳模工匠代表走进县第一中学，为师生作事迹报告; 某某在某中学为师生作事迹报告. A lecture at
the school; with no title (以…为题, 题为《…》) none was read. Shapes read on real pages
(model workers' school tours in a Jiangsu city, a Shandong county, Inner Mongolia and
Gansu); sentences written for these tests (invented bodies and people). A congress's
工作报告 stays no talk."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "9月20日，县总工会组织劳模工匠代表走进县第一中学，为师生作事迹报告。", id="gone_to"
        ),
        pytest.param("9月20日，全国劳动模范赵大勇在县第一中学为师生作事迹报告。", id="held_at"),
        pytest.param("9月20日，劳模赵大勇在县第一中学为全校师生作了一场专题报告。", id="one_talk"),
    ],
)
def test_a_talk_given_to_an_audience_is_a_lecture_at_its_place(text):
    found = find_activities([text])
    assert [(d.category, d.place) for d in found] == [(Category.lecture, "县第一中学")]


def test_a_work_report_is_no_talk():
    assert find_activities(["会上，区总工会主席王刚为与会代表作工作报告。"]) == []


def test_a_report_meeting_stays_one_meeting_word():
    found = find_activities(["5月6日，县总工会在县会堂举办劳模事迹报告会。"])
    assert [d.name for d in found] == ["劳模事迹报告会"]
