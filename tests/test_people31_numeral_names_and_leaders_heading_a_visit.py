"""Names after a named body's post that jieba reads as other words: a surname that is a
numeral read inside a numeral word (万千/m, 万一/m|鸣), and a name-word tagged a place
before a leader's act jieba tags a noun (黄河/ns 带队/n). A number of something after a
post (万余名, 万一有事) and a name-word after a generic post stay no person. Invented
names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市总工会召开座谈会\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_numeral_surname_after_a_post_opens_a_name():
    assert _people("青禾市总工会副主席万千讲话。") == ["万千"]
    assert _people("青禾公司工会主席万一鸣出席。") == ["万一鸣"]


def test_a_number_after_a_post_is_no_name():
    assert _people("青禾公司工会主席万一有事，由副主席代行。") == []
    assert _people("青禾市总工会副主席万余名职工参加。") == []


def test_a_numeral_name_after_a_generic_post_stays_no_person():
    assert _people("主席万千讲话。") == []


def test_a_place_word_before_heading_a_visit_is_the_leaders_name():
    assert _people("青禾市总工会主席黄河带队走访慰问困难职工。") == ["黄河"]
    assert _people("主席黄河带队走访慰问困难职工。") == []
