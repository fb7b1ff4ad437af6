"""A science museum as a place (issue 11), on sentences written for these tests (invented
bodies): unions take members' children to one on study trips, and a museum printed
with no proper name of its own (市科技馆, 省科学技术馆) is still a venue, as a 博物馆 is;
the word in a remark gives no activity."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def found(*paragraphs: str):
    return find_activities(list(paragraphs), frozenset())


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("近日，青禾市总工会组织40名职工子女走进市科技馆，开展寒假研学活动。", "市科技馆"),
        ("公司工会组织职工子女参观了省科技馆。", "省科技馆"),
        ("街道总工会组织二十组职工家庭走进市科学技术馆，开展亲子研学活动。", "市科学技术馆"),
    ],
)
def test_a_trip_to_a_science_museum_without_a_proper_name_is_placed_there(sentence, place):
    assert [a.place for a in found(sentence)] == [place]


def test_a_science_museum_in_a_remark_is_no_activity():
    assert found("他说，科技馆很好玩。") == []
