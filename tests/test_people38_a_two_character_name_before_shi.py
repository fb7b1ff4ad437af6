"""A name of two characters that the model and jieba both read, before a one-character
word jieba reads alone (记者见到蔡勇时，: 时, "when"), is the two: the rule that completes
a name the model cut one short of a word that follows names (卓兴|建光荣当选) leaves it.
Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "快递小哥的一天\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("记者见到蔡勇时，他正在分拣快递。", "蔡勇"),
        ("当记者见到邱萍时，她正在分拣快递。", "邱萍"),
    ],
)
def test_a_name_of_two_before_shi_is_the_two(body, name):
    assert _people(body) == [name]


def test_a_name_cut_one_short_of_a_follower_is_still_completed():
    assert _people("区总工会主席卓兴建光荣当选。") == ["卓兴建"]
