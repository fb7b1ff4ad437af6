"""Places listed and counted by a pair of levels (s40 acts42; a lead of the round
before): 在平谷、密云两区县, 在马坊、峪口两个乡镇, 到锡林郭勒、乌兰察布两盟市. The count and
its noun are part of the place as written (as the tuning gold has 秦渡、余下两个镇), and
the count of places is no count of bodies taking part (两个乡镇 was read as two
organisations and the place cut to 两个乡). One definition of a count of places serves
the organisations too (两区县工会: no one body). Near misses: places counted with no
list before them (全区17个乡镇参加) stay a count of those taking part; 两县 keeps reading
as before. Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.organisations.indefinite import names_no_one_body


def _rows(text: str) -> list[tuple[str | None, tuple | None]]:
    out = []
    for a in find_activities([text]):
        p = a.participants
        out.append((a.place, (p.count, p.unit.value) if p else None))
    return out


def test_two_districts_and_counties_are_one_place():
    text = "8月，区总工会在平谷、密云两区县举办农民工法律培训班，120名农民工参加。"
    assert _rows(text) == [("平谷、密云两区县", (120, "people"))]


def test_two_towns_counted_are_the_place_and_no_participants():
    text = "8月，市总工会在马坊、峪口两个乡镇举办农民工夜校。"
    assert _rows(text) == [("马坊、峪口两个乡镇", None)]


def test_two_leagues_and_cities_visited_are_the_place():
    text = "5月，自治区总工会到锡林郭勒、乌兰察布两盟市走访慰问困难职工。"
    assert _rows(text)[0][0] == "锡林郭勒、乌兰察布两盟市"


def test_two_counties_read_as_before():
    text = "8月，区总工会在喜德、越西两县再办两期培训班。"
    assert _rows(text)[0][0] == "喜德、越西两县"


def test_towns_counted_without_a_list_take_part():
    text = "全区17个乡镇参加了职工拔河比赛。"
    assert _rows(text)[0][1] == (17, "organisations")


def test_unions_of_two_districts_and_counties_are_no_one_body():
    from gonghui_build.text.tokenizer import tag_tokens

    assert names_no_one_body("两区县工会", 0, tag_tokens("两区县工会"))
    assert not names_no_one_body("密云区总工会", 0, tag_tokens("密云区总工会"))
