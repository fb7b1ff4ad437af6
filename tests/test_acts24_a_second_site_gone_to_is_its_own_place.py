"""Two sites gone to in one sentence, session 36 (acts24): 学员们来到A开展现场教学，并走进B
参观学习. Each visit is at its own site; the place reader kept only the first place a
frame's words held in the sentence (来到A), so the second visit was put at A too. Shape
read on real pages (course study tours of a district's and a city's union cadres, a
Hangzhou street's course visiting a water works); sentences written for these tests
(invented bodies)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_TOUR = "学员们还来到区职工服务中心开展现场教学，并走进华实电子科技有限公司参观学习。"


def test_each_site_gone_to_is_its_visits_place():
    places = [d.place for d in find_activities([_TOUR])]
    assert places == ["区职工服务中心", "华实电子科技有限公司"]


def test_one_site_gone_to_is_still_the_place():
    found = find_activities(["学员们走进华实电子科技有限公司参观学习。"])
    assert [d.place for d in found] == ["华实电子科技有限公司"]


def test_two_venues_of_one_frame_each_hold_their_activity():
    text = "5月6日，区总工会在区体育馆举办职工篮球赛，同时在区职工之家举行职工象棋比赛。"
    found = find_activities([text])
    assert [d.place for d in found] == ["区体育馆", "区职工之家"]
