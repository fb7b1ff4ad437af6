"""A name of three characters read after a title, whose first two are a name the
article prints elsewhere and whose last opens a word with the character after it
(某敏|逐条记录), is the shorter name (invented names)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(text: str) -> set[str]:
    return {p.name for a in page_facts(text).articles for p in a.people}


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    facts = page_facts(text)
    return {(q.name, q.title, q.org_written) for a in facts.articles for q in a.positions}


_TEXT = (
    "本报讯 座谈会上，职工代表提出了建议。市总工会副主席邬敏逐条记录，并请相关部门"
    "现场回应。邬敏表示，将按季度通报进展。"
)


def test_a_name_glued_to_the_word_after_it_is_the_name_printed_elsewhere():
    assert _people(_TEXT) == {"邬敏"}
    assert ("邬敏", "副主席", "市总工会") in _posts(_TEXT)


def test_a_full_name_whose_last_character_opens_no_word_stays_whole():
    text = "本报讯 区总工会主席邬东升说，要办好实事。邬东表示同意。"
    assert "邬东升" in _people(text)
