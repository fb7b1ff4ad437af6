"""Places of activities (s39 acts39): premises a body turns to an activity's use (某厂工会
利用厂俱乐部开办职工夜校, 利用原县农机厂的闲置厂房办起了…) are its place, as the tuning gold
of real_dev5 and real_dev4 has it; 利用 opened no frame of a place, and the recogniser
read the body's name, 利用 and the club as one organisation. Real pages of s39 (old
provincial workers' papers' briefs on night schools). Near misses: 利用 a time or a
platform (利用业余时间开办, 利用网络平台开展) holds no place.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.place) for a in find_activities([text])]


def test_a_night_school_opened_in_the_works_club():
    text = "本报讯 为提高职工文化水平，青山机械厂工会利用厂俱乐部开办职工夜校，首期学员85名。"
    assert _places(text) == [("职工夜校", "厂俱乐部")]


def test_a_union_short_named_using_the_club():
    assert _places("厂工会利用厂俱乐部开办职工夜校。") == [("职工夜校", "厂俱乐部")]


def test_spare_time_is_no_place():
    text = "青山机械厂工会利用业余时间开办职工夜校，首期学员85名。"
    assert _places(text) == [("职工夜校", None)]


def test_a_platform_is_no_place():
    assert _places("区总工会利用网络平台开展职工技能培训。") == [("职工技能培训", None)]
