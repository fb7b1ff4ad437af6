"""Activities (s41 acts44): two or more activities told in one sentence with 分别 or 先后,
the days (and venues) printed together before them (5月14日和5月16日，…分别在P和Q举办A和B;
3月6日、8日，…先后举办A和B), take the days and venues in turn: each had the last day (or
the joined days' span) and both venues as one place. Real pages of s41 (a union school's
courses opened on two days, a city union's lectures in two places). Near misses: a range
(14日至16日), one day for two activities, and 分别 before one activity stay as they were.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _read(text: str) -> list[tuple[str, int | None, int | None, int | None, str | None]]:
    acts = find_activities([text])
    return [
        (
            a.name,
            a.date.month if a.date else None,
            a.date.day if a.date else None,
            a.date.end_day if a.date else None,
            a.place,
        )
        for a in acts
    ]


def test_two_days_and_two_venues_in_turn():
    text = (
        "5月14日和5月16日，宁德市总工会分别在蕉城区职工服务中心和福鼎市工人文化宫举办"
        "新就业形态劳动者法律知识讲座和职工心理健康讲座，共有200余名职工参加。"
    )
    assert _read(text) == [
        ("新就业形态劳动者法律知识讲座", 5, 14, None, "蕉城区职工服务中心"),
        ("职工心理健康讲座", 5, 16, None, "福鼎市工人文化宫"),
    ]


def test_joined_days_of_one_month_in_turn():
    text = "3月6日和8日，市总工会女职工委员会先后举办女职工权益保护知识竞赛和“巾帼建新功”主题演讲比赛。"
    assert [(n, m, d, e) for n, m, d, e, _ in _read(text)] == [
        ("女职工权益保护知识竞赛", 3, 6, None),
        ("“巾帼建新功”主题演讲比赛", 3, 8, None),
    ]


def test_days_of_two_months_in_turn():
    text = "3月5日和4月2日，公司工会先后举办插花培训班和茶艺培训班。"
    assert [(n, m, d) for n, m, d, _, _ in _read(text)] == [
        ("插花培训班", 3, 5),
        ("茶艺培训班", 4, 2),
    ]


def test_a_range_stays_the_date_of_both():
    text = "5月14日至16日，市总工会分别举办职工心理健康讲座和法律知识讲座。"
    assert [(m, d, e) for _, m, d, e, _ in _read(text)] == [(5, 14, 16), (5, 14, 16)]


def test_one_day_for_two_activities_stays():
    text = "5月14日，市总工会分别举办职工心理健康讲座和法律知识讲座。"
    assert [(m, d) for _, m, d, _, _ in _read(text)] == [(5, 14), (5, 14)]


def test_one_activity_at_two_venues_keeps_both():
    text = "5月14日，市总工会分别在东区和西区举办职工心理健康讲座。"
    assert _read(text) == [("职工心理健康讲座", 5, 14, None, "东区和西区")]


def test_joined_days_without_in_turn_stay_one_span():
    text = "5月14日和16日，市总工会举办职工心理健康讲座。"
    assert _read(text) == [("职工心理健康讲座", 5, 14, 16, None)]
