"""A post's short lines run together when read as one paragraph, so a line ending with a
transliterated name (某某·某某) is followed at once by the next line's body (州总工会党组
书记…). The name's last part after the dot is no part of that body: the body is the
level word's short form. Invented people."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def test_the_part_after_the_dot_is_cut_from_the_next_lines_body():
    text = "州总工会主席古丽娜·托合提州总工会党组书记马立新出席开幕式"
    assert [s.written for s in find_org_spans(text)] == ["州总工会", "州总工会"]
