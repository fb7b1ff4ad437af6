"""What opens where it stands (位于某街道某园区一号厂房内的职工书屋正式对外开放): the place
after 位于, up to 的 (a localiser before it left out), is where the reading room or the
station opened (the gold of real_dev2 gives the building as the place). A works building
(厂房) is a venue. A company a visit goes to, described by where it is (来到位于花乡的…
公司), stays the place. Shape read on real pages (reading rooms and service stations
opened in old works buildings and on streets); invented sentences (issue 13, s48)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _places(sentence: str) -> list[str | None]:
    return [a.place for a in find_activities([sentence])]


def test_a_reading_room_opens_in_the_works_building_it_stands_in():
    sentence = "9月12日，位于青川区古城街道禾丰产业园一号厂房内的园区职工书屋正式对外开放。"
    assert _places(sentence) == ["青川区古城街道禾丰产业园一号厂房"]


def test_a_workers_home_opens_on_the_street_it_stands_on():
    assert _places("4月25日，位于禾城区望京街道的职工之家正式开放。") == ["禾城区望京街道"]


def test_a_company_gone_to_stays_the_place_of_the_visit():
    sentence = "区总工会主席来到位于花乡的禾丰智能装备有限公司慰问一线职工。"
    assert _places(sentence) == ["禾丰智能装备有限公司"]
