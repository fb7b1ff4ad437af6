"""Activities (s38 acts35): the count of shows a union held opens no name (共举办20场文艺
演出 → 文艺演出), as the count of one round does not (一场文艺演出). A course's count of
rounds (3期培训班) is left as it was. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities import naming
from gonghui_build.extract.activities.finding import find_activities


def test_twenty_shows_held_are_named_by_the_show():
    [shows] = find_activities(["青禾市总工会今年共举办20场文艺演出，观众达一万余人次。"])
    assert shows.name == "文艺演出"


def test_a_count_in_chinese_numerals_with_more_than():
    assert naming.one_round_length("三十余场慰问演出", "慰问演出") == 4


def test_a_count_alone_before_a_bare_head_stays():
    assert naming.one_round_length("20场演出", "文艺演出") == 0


def test_a_courses_rounds_are_left_as_they_were():
    assert naming.one_round_length("3期培训班", "培训班") == 0
