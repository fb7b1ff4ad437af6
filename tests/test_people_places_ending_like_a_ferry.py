"""A two-character string of a surname-like character and 渡 (a ferry's crossing, which
names villages and towns) is a place where no title or occupation stands before it:
the model's person reading of 在某渡办… is refused; after a title it stays a name.
Invented names and events."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return [p.name for a in page_facts(news_page(body)).articles for p in a.people]


def test_a_ferry_place_after_a_preposition_names_no_one():
    assert _people("明年还要在秦渡办一所职工子女托儿所。") == []
    assert _people("县总工会计划在秦渡、余下两个乡各建一所职工书屋。") == []


def test_a_name_ending_in_du_after_a_title_is_still_read():
    assert _people("县总工会副主席秦渡出席会议并讲话。") == ["秦渡"]
