"""A name the model reads as three characters whose last opens a noun or a place word
jieba reads running past it (列车长李某车上巡视: 车上), jieba reading the first two as a
name, is the two: the noun is the text's next word. Three characters before punctuation
or a word that follows names, or that jieba reads whole, stay whole. Railway and bus
pages of union sites (crews at work on trains, 某某车上, 某某进站) read in s37; invented
names."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


@pytest.mark.parametrize("body", ["列车长李军车上巡视了一遍。", "列车长李军车上的乘客很多。"])
def test_a_name_before_a_place_word_jieba_reads_ends_before_it(body):
    assert _people(body) == ["李军"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("慰问组来到王建国家中。", "王建国"),
        ("副主席孙红星说，很好。", "孙红星"),
        ("主任王立新车间里忙碌。", "王立新"),
        ("工人陈刚进站检查。", "陈刚"),
    ],
)
def test_names_jieba_reads_otherwise_are_unchanged(body, name):
    assert _people(body) == [name]
