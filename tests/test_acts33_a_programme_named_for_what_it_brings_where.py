"""Activities (s38): a programme named for what it brings where (送法进企业, 送文化下基层,
送戏下乡), printed unquoted as the unions print their standing programmes, names one
programme before a head that needs a name (活动, 慰问演出): 开展送法进企业活动 is one
campaign, 某市总工会送文化下基层慰问演出走进某县 one show. A gift's clause (为职工送上一场
演出) has no going word and stays a plain show; a call on every union stays none. Real
pages of county and city unions' touring plays and law days (Jiangxi, Fujian, Liaoning,
Guangxi) are told so. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.specific_names import named_for_its_delivery
from gonghui_build.vocabulary import Category


def test_a_law_programme_unquoted_is_one_campaign():
    [law] = find_activities(
        ["7月，青禾区总工会组织律师开展送法进企业活动，走进12家企业为职工宣讲劳动合同法。"]
    )
    assert (law.name, law.category) == ("送法进企业活动", Category.campaign)


def test_a_show_of_a_programme_going_to_a_county():
    [show] = find_activities(["1月4日晚，青禾市总工会送文化下基层慰问演出走进大田县。"])
    assert show.category == Category.other
    assert show.name.endswith("送文化下基层慰问演出")
    assert show.place == "大田县"


def test_a_call_on_every_union_stays_none():
    assert find_activities(["各级工会要开展送文化进企业活动。"]) == []


def test_what_names_a_delivery():
    assert named_for_its_delivery("送戏下乡")
    assert named_for_its_delivery("青禾市总工会送文化进基层")
    assert not named_for_its_delivery("为职工送上一场")
    assert not named_for_its_delivery("送温暖")
