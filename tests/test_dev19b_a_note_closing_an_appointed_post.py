"""A note on how a post is held (``（主持工作）``, ``（兼职）``: titles.yaml title_notes) may
close an appointment or an election's clause: ``某某任市总工会某部副部长（主持工作）``,
``增补某某为区总工会委员、副主席（兼职）``. Read on real_dev19 (a 任免 notice, a
by-election): the notes were read past only between a title and a name, so the post
before one was lost, and with it the person the notice named. Invented lines."""

from __future__ import annotations

from gonghui_build.extract.people.elections import elected_names
from gonghui_build.text.tokenizer import tag_tokens


def _posts(text: str) -> list[tuple[str, list[str]]]:
    return [(h.name, [c.title for c in h.claims]) for h in elected_names(text, tag_tokens(text))]


def test_a_note_closing_an_appointments_clause_leaves_the_post():
    assert _posts("柯明远任市总工会法律工作部副部长（主持工作）。") == [("柯明远", ["副部长"])]


def test_a_note_after_the_last_bare_title_leaves_the_chain_whole():
    text = "增补鲁静怡为区总工会第六届委员会委员、副主席（兼职），会议还表彰了先进单位。"
    assert _posts(text) == [("鲁静怡", ["委员", "副主席"])]
