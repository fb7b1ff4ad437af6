"""An old page's OCR spaces out a name of three in the credit closing a brief (``(某 文
某)``), and the middle character is also the writers' mark 文. Read on real_dev21 (a 1984
page): the mark split the name and no author was credited. A single character on each
side of it, the one after no mark, makes it the middle of the name. Invented credits."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.vocabulary import AuthorRole


def _names(text: str) -> list[tuple[str, str]]:
    return [
        (a.name, a.role.value)
        for a in parse_byline(text, AuthorRole.correspondent, end_credit=True)
    ]


def test_a_spaced_name_with_wen_in_the_middle_is_one_name():
    assert _names("(闻 文 达)") == [("闻文达", "correspondent")]


def test_a_padded_name_of_two_ending_with_wen_is_still_read():
    assert _names("（卓远航 杜 文）") == [("卓远航", "correspondent"), ("杜文", "correspondent")]
