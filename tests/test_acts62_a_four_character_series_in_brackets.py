"""A series' name of four characters in 【】 before a web copy's title (``【赛场观察】标题``,
the shape of a national union site's copy; session 49): a series' phrase, no part of the
headline, as a longer one (``【喜迎工代会】``) is not. A district's tag of four characters
(``【浦东新区】``, ``【乌鲁木齐】``, ``【城关街道】``) and a body's short name stay part of the
headline, as before. Invented text."""

from __future__ import annotations

import pytest

from gonghui_build.layout.title_marks import title_mark_cut


def test_a_series_name_of_four_characters_in_brackets_is_cut_off() -> None:
    text = "【赛场观察】青禾县职工技能大赛落幕 30名选手获奖"
    cut = title_mark_cut(text)
    assert cut is not None
    assert text[cut[0] :] == "青禾县职工技能大赛落幕 30名选手获奖"


@pytest.mark.parametrize("tag", ["【浦东新区】", "【乌鲁木齐】", "【城关街道】", "【青禾工会】"])
def test_a_four_character_place_or_body_in_brackets_stays(tag: str) -> None:
    assert title_mark_cut(f"{tag}某某区总工会举办职工合唱比赛") is None
