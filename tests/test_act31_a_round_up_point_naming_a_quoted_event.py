"""A round-up point's heading of a verb of holding and a quoted name with no trigger word
(二是举办“职工年货集市”。, 三是开展“暖心包”集中发放。) is an event of its own, kind other;
a heading that runs on past the name, or one whose name has a trigger, is read as before.
The tuning gold of real_dev31 (s59 act31). Sentences written for these tests (invented
names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_point_holding_a_quoted_fair_is_an_event():
    text = "二是举办“职工年货集市”。2月3日，区总工会在区文化广场举办集市，职工群众踊跃参与。"
    found = find_activities([text])
    assert [(d.name, d.category) for d in found] == [("“职工年货集市”", Category.other)]


def test_a_point_handing_out_under_a_quoted_name_is_an_event():
    found = find_activities(["三是开展“暖冬包”集中发放。"])
    assert [(d.name, d.category) for d in found] == [("“暖冬包”集中发放", Category.other)]


def test_a_quoted_name_in_running_text_is_no_event():
    assert find_activities(["区总工会坚持“早谋划、早部署”，做好各项准备。"]) == []


def test_a_heading_running_on_past_the_name_is_no_event():
    assert find_activities(["二是举办“职工年货集市”进社区，让职工买到实惠年货。"]) == []
