"""A talk given under a title with no activity noun (issue 11), on sentences written for
these tests (invented people and works): a speaker 以“…”为题 who then tells (分享了,
深情回顾了, 深入阐述了) gives one lecture, named by its title. A title with no one
speaking (文章以…为题), one a counsellor talks with the event's audience under (为题，与…
交流), or one before an activity noun (为题作专题辅导: one talk, read by its trigger)
makes no second talk."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def found(*paragraphs: str):
    return find_activities(list(paragraphs), frozenset())


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("全国劳模、青河机床厂钳工孟春生以“从学徒到技师”为题分享了成长经历。", "“从学徒到技师”"),
        ("省劳模郑远航以《一把焊枪二十年》为题，深情回顾了自己的成长历程。", "《一把焊枪二十年》"),
        (
            "市委党校教授简文澄以《新征程上的产业工人》为题，深入阐述了队伍建设的意义。",
            "《新征程上的产业工人》",
        ),
    ],
)
def test_a_speaker_telling_under_a_title_gives_one_lecture_named_by_it(sentence, title):
    out = found(sentence)
    assert [(a.name, a.category, a.status) for a in out] == [(title, Category.lecture, Status.held)]


@pytest.mark.parametrize(
    "sentence",
    [
        "文章以《平凡岗位》为题，介绍了一名焊工的故事。",
        "心理咨询师宋佳老师以“职场压力的化解”为题，与80名女职工面对面交流。",
        "这篇通讯以《炉火映红的脸》为题，讲述了炼钢工人的一天。",
    ],
)
def test_a_title_with_no_speaker_or_a_talk_with_the_audience_is_no_lecture(sentence):
    assert found(sentence) == []


def test_a_titled_talk_with_its_activity_noun_stays_one_talk():
    out = found("区委党校教授聂青以《工会法》为题作专题辅导，分享了基层案例。")
    assert len(out) == 1


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "培训班邀请了青州大学工会主席章澄作题为《基层工会干部的基本功》的专题报告。",
            "《基层工会干部的基本功》",
        ),
        (
            "省教育工会主席孔德远作了《提升履职能力 建设职工之家》的报告。",
            "《提升履职能力 建设职工之家》",
        ),
    ],
)
def test_a_speaker_reporting_under_a_title_gives_one_lecture_named_by_it(sentence, title):
    out = found(sentence)
    assert [(a.name, a.category) for a in out] == [(title, Category.lecture)]


@pytest.mark.parametrize(
    "sentence",
    [
        "会上，区总工会主席李岩作了题为《团结奋进 再创佳绩》的工作报告。",
        "大会听取并审议了题为《奋进新征程》的报告。",
    ],
)
def test_a_congress_work_report_under_a_title_is_no_lecture(sentence):
    assert found(sentence) == []
