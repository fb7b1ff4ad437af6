"""A city or a province printed by its one-character name between a frame's 在 and the
verb of holding (在京召开, 在沪举行, 在穗开幕) is the activity's place, as written (s42
acts49). Real pages read that day: a national union's meetings and a national railway
contest held 在京, a Shanghai union's launch 在沪, a Guangdong contest 在穗; the tuning gold
gives 全国总工会在京召开… the place 京 (real_dev3, real_dev5). Before, a place of one
character was never read. Near misses: 在此举行 (no name of a place), 在京各单位 (no verb
of holding after it), a two-character place as before.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _places(text: str) -> list[str | None]:
    return [a.place for a in find_activities([text])]


def test_a_meeting_convened_in_beijing_by_its_short_name():
    text = "12月5日，全国交通运输系统工会工作会议在京召开，来自全国各地的110名代表参加会议。"
    assert _places(text) == ["京"]


def test_a_meeting_a_union_holds_in_shanghai_by_its_short_name():
    text = "7月，区总工会在沪举办长三角职工劳动竞赛推进会，来自三省一市的80余名代表参加会议。"
    assert _places(text) == ["沪"]


def test_a_contest_opened_in_a_great_city_by_its_short_name():
    assert _places("10月16日，全省邮政行业职工技能竞赛决赛在蓉举行。") == ["蓉"]
    assert _places("8月15日，第三届大湾区职工技能大赛在穗隆重开幕。") == ["穗"]


def test_here_is_no_place():
    assert _places("8月15日，区总工会在此举行职工座谈会。") == [None]


def test_the_units_in_beijing_are_no_place():
    text = "8月15日，集团公司工会组织在京各单位女职工开展健步走活动。"
    assert _places(text) == [None]


def test_a_city_by_its_two_character_name_is_still_the_place():
    assert _places("8月15日，全市职工技能大赛在上海举行。") == ["上海"]
