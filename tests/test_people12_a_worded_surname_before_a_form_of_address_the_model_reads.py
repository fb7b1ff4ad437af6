"""A surname far more often a word (常, 白) before a form of address (大姐, 阿姨) is a
person where the model reads one exactly there (驿站的常大姐每天…: jieba reads 的常 as one
word, no occupation stands before), as after an occupation (钳工常师傅). Where the model
reads no one (平常师傅长师傅短, 她和大姐一起) it stays no person. Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "社区里的娘家人\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_worded_surname_and_a_form_of_address_the_model_reads_is_a_person():
    assert _people("驿站的常大姐每天早上七点就来开门。") == ["常大姐"]


@pytest.mark.parametrize(
    "body",
    ["厂里的年轻人见了他，平常师傅长师傅短的。", "周末，她和大姐一起去了工会驿站。"],
)
def test_a_worded_surname_before_a_form_of_address_the_model_reads_no_one_in(body):
    assert _people(body) == []
