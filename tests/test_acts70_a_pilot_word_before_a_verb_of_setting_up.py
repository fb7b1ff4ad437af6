"""试点 before a verb of setting up (在某镇试点建立…, 试点推行…) is an adverb: bodies or a
practice are set up on trial, no pilot is held. A pilot carried out (开展…试点) stays a
campaign. The tuning gold of real_dev15 (a county chronicle's town pilots). Sentences
written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_towns_setting_up_bodies_on_trial_hold_no_pilot():
    out = find_activities(["3月，县总工会在青禾镇、白石镇试点建立村级工会联合会8个。"])
    assert [a.name for a in out] == []


def test_a_pilot_carried_out_is_still_a_campaign():
    out = find_activities(["年内，市总工会在两个区开展快递行业集体协商试点。"])
    assert [(a.name, a.category) for a in out] == [("快递行业集体协商试点", "campaign")]
