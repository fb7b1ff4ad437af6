"""A name whose given name ends with 和 right after an occupation, before a word that
follows names (采煤工范永和告诉记者): the whole name, not the two characters before the
和 (范永). A 和 that joins the name to what follows (焊工钟永和工友们) stays a joiner.
Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "赣江县总工会走访一线职工\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("“工会的关心让我们心里暖暖的。”采煤工范永和告诉记者。", "范永和"),
        ("春节前夕，电焊工屈建和表示，今年不回家过年。", "屈建和"),
    ],
)
def test_a_given_name_ending_in_he_after_an_occupation_is_read_whole(body, name):
    assert _people(body) == [name]


def test_a_he_joining_the_name_to_the_workers_after_it_stays_a_joiner():
    assert _people("中午，电焊工钟永和工友们一起吃饭。") == ["钟永"]
