"""A race on water is held on a stretch of a river or lake (职工龙舟赛在某江某段水域举行):
水域 is a venue's noun, so that stretch is the race's place. Read on real_dev21: a
dragon-boat race on a river's north bank waters got no place. Invented sentence."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_dragon_boat_race_is_held_on_its_waters():
    text = "6月12日，青禾市总工会主办的首届职工龙舟赛在青禾江南岸水域举行，300余名职工参赛。"
    assert find_activities([text])[0].place == "青禾江南岸水域"
