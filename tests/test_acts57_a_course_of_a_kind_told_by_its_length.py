"""Activities (s45 acts57): a course of a kind told by its length (公司工会为决赛选手开展了
为期两周的理论培训) is one course held, as the bare head so told is (参加为期五天的培训):
the kind before the head (理论, 业务) names no course of its own, but the length and the
verb acting across it make one event. Real pages of s45 (company unions' contest
preparations, county unions' cadre courses). Near misses: no verb before the length
(为期五天的业务培训结束后) and a course read before (its course again) stay as they were.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(texts: list[str]) -> list[str | None]:
    return [a.name for a in find_activities(texts)]


def test_a_kinds_course_told_by_its_length_is_held():
    assert _names(["赛前，溪口公司工会为进入决赛的选手开展了为期两周的理论培训。"]) == ["理论培训"]


def test_no_verb_before_the_length_makes_none():
    assert _names(["为期五天的业务培训结束后，学员返回岗位。"]) == []


def test_after_a_course_it_is_that_course_again():
    texts = ["3月，青禾公司工会举办技能培训班。学员参加了为期两周的理论培训。"]
    assert _names(texts) == ["技能培训班"]
