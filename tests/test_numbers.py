"""Numbers as the paper prints them, Arabic and Chinese, with their qualifiers."""

from __future__ import annotations

import pytest

from gonghui_build.text.numbers import chinese_to_int, quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("九十四", 94),
        ("十五", 15),
        ("一千二百", 1200),
        ("一百二十", 120),
        ("两", 2),
        ("二〇一八", 2018),
    ],
)
def test_chinese_numerals(text, value):
    assert chinese_to_int(text) == value


def test_not_a_numeral():
    assert chinese_to_int("工会") is None


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("94名", 94, "exact"),
        ("九十四名", 94, "exact"),
        ("1.5万份", 15_000, "exact"),
        ("9万人", 90_000, "exact"),
        ("4000多亿元", 400_000_000_000, "more_than"),
        ("近300名", 300, "about"),
        ("约50人", 50, "about"),
        ("100余名", 100, "more_than"),
        ("超过4.2万名", 42_000, "more_than"),
        ("不少于30场", 30, "at_least"),
        ("共28个", 28, "exact"),
    ],
)
def test_quantities_with_their_qualifier(text, value, qualifier):
    q = quantities(text)[0]
    assert (q.value, q.qualifier) == (value, qualifier)
