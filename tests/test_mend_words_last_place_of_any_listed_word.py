"""``Words.last_in``: where the last of a list's words stands in a text, and which word,
the longest where several start there (read by the activity rules that look back for a
delegation or a policy's opener)."""

from __future__ import annotations

from gonghui_build.reference import Words


def test_the_last_word_of_the_list_in_the_text_and_where_it_starts():
    words = Words("test: openers", ["将", "把", "要将"])
    assert words.last_in("把工会工作与竞赛结合") == (0, "把")
    assert words.last_in("要将…把劳动竞赛") == (3, "把")
    assert words.last_in("将工作要将竞赛") == (4, "将")  # the last start, not the longest


def test_the_longest_word_where_two_start_at_the_same_place():
    words = Words("test: delegations", ["一行", "一行人"])
    assert words.last_in("某某一行人来到") == (2, "一行人")


def test_no_word_of_the_list_in_the_text():
    assert Words("test: openers", ["将", "把"]).last_in("职工劳动竞赛") is None
