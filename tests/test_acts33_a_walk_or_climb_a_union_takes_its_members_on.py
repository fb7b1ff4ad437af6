"""Activities (s38): a walk, a climb or an outing a union takes its members on (徒步活动,
登山活动, 职工秋游活动) is an event of kind other, as 健步走 is; before, a bare 活动 with
only 登山 before it named a kind and the event was lost. Bare, the words name a kind
(沿石板道登山 is the climb told again). Real pages of seven company, trade and county
unions' climbs, walks and outings are told so. Sentences written for these tests
(invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_climb_told_again_by_its_bare_word():
    [climb] = find_activities(
        [
            "3月13日，青禾市财贸工会举行登山活动。",
            "上午八时许，二百多名基层职工齐聚仁山南大门，大家从起点出发，沿石板道登山。",
        ]
    )
    assert (climb.name, climb.category) == ("登山活动", Category.other)


def test_an_autumn_outing_at_a_lake():
    [trip] = find_activities(["近日，青禾集团公司工会赴花亭湖开展职工秋游活动。"])
    assert (trip.name, trip.category, trip.place) == ("职工秋游活动", Category.other, "花亭湖")


def test_a_walk_after_a_meeting():
    found = find_activities(
        [
            "12月28日，柳岸县直机关工委系统工会召开工作会议。",
            "会后，在青湖公园健身步道进行徒步活动。",
        ]
    )
    assert [a.name for a in found] == ["工作会议", "徒步活动"]
    assert found[1].place == "青湖公园"


def test_a_walk_of_its_own_name_keeps_it():
    [walk] = find_activities(["4月8日，青禾区总工会在园博园举办“迎五一·健步行”职工健步走活动。"])
    assert walk.name == "“迎五一·健步行”职工健步走活动"
