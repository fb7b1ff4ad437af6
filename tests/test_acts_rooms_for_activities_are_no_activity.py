"""Activities of real pages, s21 (issue 11): the rooms and grounds activities are held
in (职工活动场所, 职工活动用房, 比赛场地) are places, not a campaign named 职工活动; an
activity named before them elsewhere (开展职工文体活动) is still one. Sentences written
for these tests (invented names and units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def kinds(text: str) -> list[Category]:
    return [a.category for a in find_activities([text])]


def test_a_room_for_workers_activities_is_no_campaign():
    text = "县总工会投入资金二十万元，为青湾乡建设职工活动用房。"
    assert Category.campaign not in kinds(text)


def test_a_place_for_workers_activities_inspected_is_no_campaign():
    text = "7月9日，区总工会主席范小溪来到南岭街道督导职工活动场所建设。"
    assert Category.campaign not in kinds(text)


def test_a_named_activity_held_by_the_union_is_still_one():
    text = "7月9日，南岭街道总工会在新建的职工活动场所开展“夏日清凉”职工文体活动。"
    assert kinds(text) == [Category.campaign]
