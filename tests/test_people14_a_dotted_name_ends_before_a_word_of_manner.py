"""A transliterated name with a short last part right before a word of manner and a verb
of saying (某某·某某笑着说, 高兴地说): the word of manner (a verb or adjective and the
particle 着 or 地) opens the words after the name, and the run-on of a short last part to
the verb of saying stops before it. Shape of quotes in features on workers (s53);
invented names."""

from __future__ import annotations

import pytest

from gonghui_build.extract.people.transliterated import transliterated_end
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


@pytest.mark.parametrize("manner", ["笑着", "高兴地"])
def test_a_dotted_name_before_a_word_of_manner_ends_before_it(manner):
    body = f"“活儿要一遍做好，不能返工。”阿依木·吉克{manner}说。"
    assert _people(body) == ["阿依木·吉克"]


def test_the_run_on_of_a_short_last_part_stops_at_a_word_of_manner():
    text = "“不能返工。”阿依木·吉克笑着说。"
    start = text.index("阿依木")
    end = text.index("笑着")
    assert text[start : transliterated_end(text, start, end)] == "阿依木·吉克"


def test_a_dotted_name_right_before_a_verb_of_saying_keeps_its_end():
    assert _people("“不难。”阿不力孜·吐尔地说。") == ["阿不力孜·吐尔地"]
