"""A count of bodies named by the kind of works or places they are (二十三个厂矿的工会干部
参加, 22个镇街总工会的负责同志参加, 全矿24个基层单位参加) is the count of organisations that
took part in the activity, as 家 and 个企业 are; a count of such bodies that qualifies the
count of people after it (来自8个省市的120名代表) leaves the people as the count, and a bare
个 before a word that names no body (三个片区) counts none. Sentences written for these
tests (invented places and events)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Unit


def counts(*paragraphs: str):
    return [
        (a.name, a.participants.count, a.participants.unit) if a.participants else (a.name, None)
        for a in find_activities(list(paragraphs))
    ]


def test_plants_and_mines_that_send_their_cadres_are_the_count():
    assert counts(
        "6月12日，南岭省总工会在青禾市召开全省建材系统安全生产座谈会，十九个厂矿的工会干部参加了会议。"
    ) == [("全省建材系统安全生产座谈会", 19, Unit.organisations)]


def test_township_and_street_unions_whose_heads_attend_are_the_count():
    assert counts(
        "8月3日，柳岸区总工会召开职工服务阵地建设推进会，全区17个镇街总工会的负责同志参加会议。"
    ) == [("职工服务阵地建设推进会", 17, Unit.organisations)]


def test_grassroots_units_of_a_mine_that_take_part_are_the_count():
    assert counts("元旦前夕，桃溪煤矿工会举办职工拔河比赛，全矿十八个基层单位踊跃参加。") == [
        ("职工拔河比赛", 18, Unit.organisations)
    ]


def test_provinces_before_the_people_they_send_leave_the_people_as_the_count():
    assert counts(
        "9月9日，全国某行业工会在青禾市召开女职工工作交流会，来自8个省市的120名代表参加。"
    ) == [("女职工工作交流会", 120, Unit.people)]


def test_a_count_of_districts_that_name_no_body_is_no_count():
    assert counts("3月2日，青禾区总工会召开工会经费管理工作会议，三个片区的财务人员参加。") == [
        ("工会经费管理工作会议", None)
    ]
