"""Two editions of one series told in one article (首届…运动会 in one year, 第二届…运动会
in a later one) are two activities, each with its own count (ANNOTATION.md: one row per
event); a later bare or like-named mention with no edition of its own still joins the
edition read. Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_first_and_second_editions_in_two_paragraphs_are_two_activities():
    found = find_activities(
        [
            "1986年，柳河县总工会举办首届职工体育运动会，有12支参赛队参加。",
            "1990年5月，柳河县总工会举办第二届职工体育运动会，25个单位参赛。",
        ]
    )
    assert [a.name for a in found] == ["首届职工体育运动会", "第二届职工体育运动会"]
    assert [a.participants.count for a in found] == [12, 25]


def test_quoted_series_of_two_editions_keeps_each_its_count():
    found = find_activities(
        [
            "2022年，青川区总工会举办了首届“巧手杯”职工技能大赛。",
            "今年，第二届“巧手杯”职工技能大赛于6月举行，共有40支代表队参加。",
        ]
    )
    assert [a.name for a in found] == ["首届“巧手杯”职工技能大赛", "第二届“巧手杯”职工技能大赛"]
    assert found[0].participants is None
    assert found[1].participants.count == 40


def test_mention_without_an_edition_still_joins_the_edition_read():
    found = find_activities(
        [
            "5月8日，柳河县第三届职工篮球赛在县体育馆开赛，16支代表队参加。",
            "此次职工篮球赛为期一周。",
        ]
    )
    assert [a.name for a in found] == ["柳河县第三届职工篮球赛"]


def test_editions_read_by_unit():
    from gonghui_build.extract.activities.editions import editions, other_edition

    assert editions("第十二届委员会第二次全体会议") == {"届": 12, "次": 2}
    assert editions("六届五次全委会议") == {"届": 6, "次": 5}
    assert editions("首期培训班") == {"期": 1}
    assert other_edition("首届职工运动会", "第二届职工运动会")
    assert not other_edition("第二届职工运动会", "职工运动会")
