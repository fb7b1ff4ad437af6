"""Activities of real pages, round 3 of session 14 (issue 11): event nouns unions use
that were not read as activities: a qualifying round (选拔赛), an open tournament
(公开赛) and a culture week (文化周). Sentences written for these tests (invented
units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def kinds(*paragraphs: str):
    return [(a.name, a.category) for a in find_activities(list(paragraphs))]


def test_an_open_tournament_is_a_competition():
    assert kinds("由柳河市总工会主办的柳河市“安泰杯”职工羽毛球公开赛于6月2日闭幕。") == [
        ("柳河市“安泰杯”职工羽毛球公开赛", Category.competition)
    ]


def test_a_qualifying_round_is_a_competition():
    assert kinds("9月12日，省第五届职工职业技能大赛青河选拔赛在青河技师学院开赛。") == [
        ("省第五届职工职业技能大赛青河选拔赛", Category.competition)
    ]


def test_a_culture_week_is_an_event_with_its_count():
    out = find_activities(
        ["5月6日，溪口镇总工会首次举办职工文化周。共有20多家企业的近百名职工报名参加。"]
    )
    assert [(a.name, a.category) for a in out] == [("职工文化周", Category.other)]
    assert out[0].participants is not None and out[0].participants.count == 100
