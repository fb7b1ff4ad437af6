"""A word of tenure ending in 任 (曾任, 原任, 时任) that jieba glues to the first
characters of the body after it (曾任青|禾…, read as a person's name) is no part of the
body's name: 曾任青禾机械厂工会主席的某某 holds the post at 青禾机械厂工会, and no body
named 曾任青禾机械厂工会 is listed. Near miss: the word alone before a suffix is left as it
is. Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.organisations.edges import after_tenure_verb
from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_the_body_after_a_glued_zengren_leaves_the_word_out():
    body = "曾任青禾机械厂工会主席的韩立说，工会要为职工办实事。"
    assert first_article_positions(news_page(body)) == {("韩立", "主席", "青禾机械厂工会")}
    assert first_article_orgs(body) == {"青禾机械厂工会"}


def test_the_name_begins_after_the_word_of_tenure():
    text = "原任青禾机械厂工会主席"
    assert after_tenure_verb(text, 0, text.index("厂")) == 2


def test_a_tenure_word_not_ending_in_ren_is_left_to_other_readers():
    text = "新一届青禾机械厂工会"
    assert after_tenure_verb(text, 0, text.index("厂")) == 0
