"""Activities, act30: books a union delivers (配送) to a counted group of reading rooms or
unions (为辖区15家职工书屋配送图书900册) are one handing-out, an event of category
``other``; a delivery to an uncounted group (为每个书屋配送图书) is a standing arrangement
and no event. Sentences written for these tests (invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_books_delivered_to_counted_reading_rooms_are_an_event() -> None:
    found = find_activities(["青山区总工会日前为辖区15家职工书屋配送图书900册。"])
    assert len(found) == 1
    assert found[0].category == Category.other


def test_books_delivered_after_xiang_to_counted_unions_are_an_event() -> None:
    found = find_activities(["5月8日，青山区总工会向全区40个基层工会配送图书三千册。"])
    assert len(found) == 1


def test_books_delivered_to_each_room_uncounted_are_no_event() -> None:
    found = find_activities(["这些书屋由企业出资兴办，青山区总工会为每个书屋配送图书一百册。"])
    assert found == []
