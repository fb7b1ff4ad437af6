"""A count of bodies that qualifies the count of people after it through 的 (汇聚全市14个
镇街的72名厨师同台竞技, 来自全县14家单位的86名选手同台竞技) tells where the entrants come
from; the entrants are the contest's count, as a verb of taking part already read them
(全区23家企业的68名焊工参赛; real_dev11's gold: 来自全省9个市（州）的72名选手同台竞技, 72
people). With no verb of taking part a contest was counted by the bodies, the first count in
the units contests prefer (s42 acts49; real pages read that day: a Bay Area skills contest
gathering 108 contestants of 11 cities, a national audit contest of 41 teams and 205
contestants). Near misses: teams qualifying the people are still the count (十二支代表队的
九十六名选手: the gold's teams), and bodies alone are still counted.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _counts(text: str) -> list[tuple[int, str] | None]:
    return [
        (a.participants.count, a.participants.unit.value) if a.participants else None
        for a in find_activities([text])
    ]


def test_cooks_gathered_from_towns_are_the_count():
    text = "11月5日，鹤山市总工会举办第三届职工厨艺大赛，汇聚全市14个镇街的72名厨师同台竞技。"
    assert _counts(text) == [(72, "people")]


def test_entrants_from_units_are_the_count():
    text = "9月，县总工会举办职工技能大赛，来自全县14家单位的86名选手同台竞技。"
    assert _counts(text) == [(86, "people")]


def test_teams_from_units_are_still_the_count():
    text = "9月，县总工会举办职工篮球赛，来自全县14家单位的12支代表队同场竞技。"
    assert _counts(text) == [(12, "teams")]


def test_bodies_alone_are_still_the_count():
    assert _counts("9月，县总工会举办职工篮球赛，全县14家单位参赛。") == [(14, "organisations")]


def test_teams_qualifying_the_people_are_still_the_count():
    text = "9月12日，市职工羽毛球比赛在市全民健身中心开赛，全市12支参赛队的60名选手参加比赛。"
    assert _counts(text) == [(12, "teams")]
