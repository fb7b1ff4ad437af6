"""A city federation's publicity department signs an item it sent in with its abbreviated
name in the closing bracket (``（市总宣）``: 总宣 for 总工会宣传部). Read on real_dev21: the
three characters were read as a correspondent's name. Like ``（区工宣）``, a body's credit,
no author. Invented credits."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.vocabulary import AuthorRole


def _names(text: str) -> list[str]:
    return [a.name for a in parse_byline(text, AuthorRole.correspondent, end_credit=True)]


def test_the_federations_publicity_office_is_no_author():
    assert _names("（市总宣）") == []
    assert _names("（县总宣）") == []


def test_a_name_in_the_bracket_is_still_read():
    assert _names("（宣文博）") == ["宣文博"]
