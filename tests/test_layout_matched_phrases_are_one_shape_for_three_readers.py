"""Two matched phrases (``送清凉 暖人心``) are one shape, defined once in
:mod:`gonghui_build.layout.paired`, for the square's credit, the run-in head and the
line of display text: each reader agrees with the shape on the same halves."""

from __future__ import annotations

import pytest

from gonghui_build.layout.paired import matched_phrases
from gonghui_build.layout.square_credits import paired_phrases


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("送清凉", "暖人心"),
        ("学技能", "促就业"),
        ("聚力建新功", "巾帼展风采"),
        ("稳岗位保就业", "强技能促发展"),
    ],
)
def test_halves_of_one_length_three_to_seven_characters_are_matched(
    first: str, second: str
) -> None:
    assert matched_phrases(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("促进", "发展"),  # two characters: words, not phrases
        ("送清凉", "暖人心头"),  # lengths differ
        ("凝心聚力建新功业", "巾帼建功展新风采"),  # eight characters: running text
        ("3月5日", "暖人心头"),  # digits are no phrase
    ],
)
def test_halves_short_uneven_long_or_numbered_are_not_matched(first: str, second: str) -> None:
    assert not matched_phrases(first, second)


def test_a_square_reads_matched_phrases_as_a_head_and_two_names_as_a_credit() -> None:
    assert paired_phrases(["送清凉", "暖人心"])
    assert not paired_phrases(["王晓峰", "李明华"])
    assert not paired_phrases(["凝心聚力建新功业", "巾帼建功展新风采"])
