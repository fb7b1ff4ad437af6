"""Courses held once more (s39 acts39): 再办, 又办, 续办 hold an activity as 办 does, but
the tokenizer reads the adverb and 办 as one word, so the name ran back to the clause's
start (喜德县再办一期…培训班) and the place was lost (在喜德、越西两县再办两期培训班: a miss of
real_dev2); and a list of places closed by a count of them (喜德、越西两县, 抚顺、本溪两市,
无锡、常州、苏州三市) keeps the count and its noun, as the tuning gold of real_dev2,
real_dev4, real_dev5 and real_dev7 writes the place. Real pages of s39 (a prefecture
union's courses for migrant workers in two counties, a city union's rest trips organised
again, a province's chronicle of visits to two cities). Near misses: a count of
households after a list of districts is no part of the place; a count before a body of
the places (两区委党校) closes nothing.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _rows(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.place) for a in find_activities([text])]


def test_a_course_held_once_more_in_one_county():
    assert _rows("州总工会在喜德县再办一期农民工技能培训班。") == [("农民工技能培训班", "喜德县")]


def test_courses_held_once_more_in_two_counties_counted():
    text = "今年下半年，州总工会还将在喜德、越西两县再办两期农民工技能培训班，计划培训一百人。"
    assert _rows(text)[-1][1] == "喜德、越西两县"


def test_a_course_continued():
    assert _rows("区总工会续办职工子女暑期托管班，80名孩子参加。")[0][0] == "职工子女暑期托管班"


def test_a_visit_to_two_cities_counted():
    text = "省总工会考察团一行十二人，于九月二日至十二日赴江苏省无锡、常州、苏州三市考察。"
    assert _rows(text)[0][1] == "江苏省无锡、常州、苏州三市"


def test_households_after_a_list_of_districts_are_no_part_of_the_place():
    assert _rows("区总工会走访东城区、西城区8户困难职工家庭。")[0][1] == "东城区、西城区"


def test_a_count_opening_a_body_closes_no_list():
    text = "区总工会在东城、西城两区委党校举办职工技能培训班。"
    assert _rows(text)[0][1] == "东城、西城"
