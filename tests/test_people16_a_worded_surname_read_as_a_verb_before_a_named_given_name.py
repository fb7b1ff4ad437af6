"""After an occupation, a surname far more often a word that jieba reads as a verb or a
measure word (练, 代) opens a name when jieba tags the two characters after it as a
personal name (木工|代|某霞/nr说, 木工|练|某青/nr说): the tag is a second reader. Without
it the verb's object stays no name (环卫工|包|饺子), and so do words (代收, 练就, 代班长).
Before, 木工代某霞说 gave the bare given name as a person. Invented names (s37)."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("城投集团木工代红霞说，干好工作。", "代红霞"),
        ("城投集团木工练长青说，干好工作最要紧。", "练长青"),
    ],
)
def test_a_surname_read_as_a_verb_before_a_named_given_name_is_a_person(body, name):
    assert _people(body) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "环卫工包饺子，大家都很开心。",
        "快递员代收包裹。",
        "焊工练就了一身本领。",
        "电工代班长值班。",
    ],
)
def test_a_verb_after_an_occupation_names_no_one(body):
    assert _people(body) == []
