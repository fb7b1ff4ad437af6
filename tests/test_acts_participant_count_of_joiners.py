"""Activities of real pages, round 3 of session 14 (issue 11): a sentence that opens
with those who took part in the activity just read (参加本次活动的职工共300多人, 参与此次
运动会的会员) gives that activity its count. Sentences written for these tests
(invented units and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def counts(*paragraphs: str):
    return [
        (a.name, a.participants.count if a.participants else None)
        for a in find_activities(list(paragraphs))
    ]


def test_those_taking_part_in_this_activity_give_its_count():
    assert counts(
        "近日，青川镇总工会在镇文化广场举办了职工邻里趣味运动会。",
        "参加本次活动的职工居民共260多人，设置了跳绳、套圈等项目。",
    ) == [("职工邻里趣味运动会", 260)]


def test_those_joining_this_contest_named_by_its_kind_give_its_count():
    assert counts("5月9日，桃溪区总工会举办第四届职工书法比赛。参与此次比赛的职工共有85人。") == [
        ("第四届职工书法比赛", 85)
    ]


def test_a_sentence_closing_with_those_who_took_part_gives_the_count_before_it():
    assert counts(
        "9月3日上午，柳泉街道总工会策划“访古巷·走新城”骑行主题活动。"
        "来自辖区的劳模、社区代表、快递小哥等120余名会员共同参与。"
    ) == [("柳泉街道总工会策划“访古巷·走新城”骑行主题活动", 120)]


def test_a_count_of_only_some_of_its_events_is_not_its_count():
    assert counts(
        "近日，松岗市首届职工技能运动会开赛。赛事共设40个项目。仅首日的8个项目就有260名选手参加。",
        "参加本次运动会的职工共有1900余人。",
    ) == [("松岗市首届职工技能运动会", 1900)]
