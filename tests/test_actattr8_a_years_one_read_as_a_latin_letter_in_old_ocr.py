"""An old page's OCR reads a year's first 1 as a Latin l or I (l962年9月: a county
gazetteer's text layer, real_dev3's gold dates the congress it opens 1962-09): it is
still the year it spells; a letter after another Latin letter (a word, a code) or before
fewer digits is none. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import find_dates


def parts(text: str) -> list[tuple]:
    return [(d.text, d.year, d.month) for d in find_dates(text)]


def test_a_years_first_one_read_as_a_small_l():
    assert parts("青禾县工会l962年9月召开第三次代表大会。") == [("l962年9月", 1962, 9)]


def test_a_years_first_one_read_as_a_capital_i():
    assert parts("I985年，县总工会举办职工运动会。") == [("I985年", 1985, None)]


def test_a_letter_inside_a_latin_word_is_no_year():
    assert parts("网址Al985年") == []


def test_a_letter_before_fewer_digits_is_no_year():
    assert parts("l96年") == []
