"""Activities (s38): a lecture tour a union's speakers give round its units (巡讲: 职工心理健康
公益巡讲, “…”巡讲40余场) is a lecture, as 宣讲 is; read by no trigger it was lost. Real
pages of Shandong city and district unions' mental-health tours are told so. Sentences
written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_quoted_tour_counted_by_its_rounds():
    [tour] = find_activities(
        ["青禾县总工会宣讲团年内巡回各企事业单位举办“职工心理健康公益巡讲”40余场。"]
    )
    assert (tour.name, tour.category) == ("“职工心理健康公益巡讲”", Category.lecture)


def test_a_tour_held_at_a_venue():
    found = find_activities(["9月11日，由青禾区总工会主办的职工心理健康公益巡讲在区税务局举行。"])
    assert [(a.name, a.category, a.place) for a in found] == [
        ("职工心理健康公益巡讲", Category.lecture, "区税务局")
    ]


def test_a_talk_activity_keeps_its_kind():
    [talk] = find_activities(["青禾市总工会成立劳模宣讲团，举办10场劳模“五进”宣讲活动。"])
    assert talk.category == Category.lecture
