"""Activities (s44 acts55): the rest posts and duty posts of outdoor workers (休息点,
执勤点) are sites a round goes to; 点 alone is none. Real pages of s44 (county and
city unions' summer and winter rounds). Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _rows(*texts: str) -> list[tuple[str | None, Category]]:
    return [(a.name, a.category) for a in find_activities(list(texts))]


def test_a_night_round_of_rest_posts_is_a_visit():
    text = "1月5日晚，青禾省总工会副主席王某来到青禾市城区多个环卫工人休息点，了解一线职工夜间作业情况。"
    [visit] = find_activities([text])
    assert visit.category == Category.visit


def test_a_point_of_view_is_no_site():
    assert _rows("1月5日，王某来到会场，谈了自己的观点。") == []
