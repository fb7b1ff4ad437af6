"""A credit closing an item that prints names before 通讯员 (``（李晓梅 通讯员 王建平
赵丽娟）``): the first names are the paper's reporters, as the same list in a dateline
(``本报讯（李晓梅 通讯员 …）``) is read; bare names alone (``（王若溪 黄晓舟）``) stay the
correspondents the tuning sets' gold makes them. Invented credits (session 43, dates7)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.vocabulary import AuthorRole


def _closing(text: str) -> list[tuple[str, str]]:
    found = parse_byline(text, AuthorRole.correspondent, end_credit=True)
    return [(a.name, a.role.value) for a in found]


def test_names_before_the_correspondents_word_are_reporters() -> None:
    assert _closing("（李晓梅 通讯员 王建平 赵丽娟）") == [
        ("李晓梅", "reporter"),
        ("王建平", "correspondent"),
        ("赵丽娟", "correspondent"),
    ]


def test_two_reporters_before_the_correspondent() -> None:
    assert _closing("（李晓梅 孔德才 通讯员 王建平）")[:2] == [
        ("李晓梅", "reporter"),
        ("孔德才", "reporter"),
    ]


def test_bare_names_alone_stay_correspondents() -> None:
    assert _closing("（王若溪 黄晓舟）") == [
        ("王若溪", "correspondent"),
        ("黄晓舟", "correspondent"),
    ]


def test_a_unit_before_the_correspondents_word_gives_no_reporter() -> None:
    assert ("葛平", "reporter") not in _closing("（纺织厂工会 葛平）")
