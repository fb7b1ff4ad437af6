"""A course named by its craft and held in a part of a month its sentence opens with (11月
中下旬，某区总工会…开展冬季安全生产培训) is dated as one opening on a day is (9月7日下午，…举办
…培训): a ten days' window is the occasion a news item reports, not a kind of work. A
month alone (11月，…) still is not. Shape of the tuning set real_dev20 (a district's winter
safety course on building sites); invented sentences (s53, acts71)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _names(sentence: str) -> list[str | None]:
    return [a.name for a in find_activities([sentence])]


def test_a_course_in_the_middle_of_a_month_is_one_course():
    got = _names("11月中下旬，禾城区总工会在8个建筑工地开展冬季安全生产培训，600余名农民工参加。")
    assert got == ["冬季安全生产培训"]


def test_a_course_in_the_first_ten_days_is_one_course():
    got = _names("4月上旬，禾城区总工会组织开展女职工面点制作培训。")
    assert got == ["女职工面点制作培训"]


def test_a_month_alone_opens_no_course():
    assert _names("11月，禾城区总工会开展冬季安全生产培训。") == []
