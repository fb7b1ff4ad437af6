"""Marks drawn in place: nested, overlapping, empty, escaped."""

from __future__ import annotations

from gonghui.datasette_plugin.highlight import Mark, matches, render


def test_text_without_marks_is_escaped():
    assert render("a<b>&c", []) == "a&lt;b&gt;&amp;c"


def test_a_name_inside_a_sentence_links_to_the_name():
    text = "区总工会主席张三主持会议。"
    html = render(
        text,
        [Mark(0, len(text), "activity", "/act"), Mark(6, 8, "person", "/pe", "person: 张三")],
    )
    assert html.count('<a href="/pe">') == 1 and html.count('<a href="/act">') == 2
    assert '<span class="m-activity m-person" title="person: 张三">张三</span>' in html
    assert html.index("/act") < html.index("/pe") < html.rindex("/act")


def test_an_empty_mark_is_a_caret_at_its_place():
    html = render("庄振国", [Mark(1, 1, "repair", None, "ocr_space_removed")])
    assert html == '庄<span class="m-repair m-empty" title="ocr_space_removed"></span>振国'


def test_an_anchor_is_given_once():
    html = render(
        "张三张三", [Mark(0, 2, "person", None, None, "x"), Mark(0, 4, "target", None, None, "x")]
    )
    assert html.count('id="x"') == 1


def test_marks_outside_the_text_are_clipped():
    assert "m-garbled" in render("abc", [Mark(2, 99, "garbled")])


def test_search_matches_are_found_case_insensitively():
    marks = matches("Gao Liqun 高立群 gao", ["gao", "立群"])
    assert [(m.start, m.end) for m in marks] == [(0, 3), (14, 17), (11, 13)]
