"""A name of two characters whose surname is far more often a word (于, 白, 万) and whose
given character is frequent as a word, as one given character usually is (于明, 万红),
read by the model right after a title and before a word that follows names: jieba cuts
the two apart (于|明), but no word of its dictionary is the pair, and the title before
and the verb after place a person there. A pair that is a word (和平, 时代) stays none.
Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_people


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("3月5日，区政协副主席于明出席并讲话。", "于明"),
        ("区总工会党组书记、主席万红主持会议。", "万红"),
    ],
)
def test_a_worded_surname_and_one_given_character_after_a_title_is_a_name(body, name):
    assert name in page_people(news_page(body))


def test_a_pair_that_is_a_word_after_a_title_is_no_name():
    assert page_people(news_page("区总工会主席表示，和平发展是大家的愿望。")) == []
