"""A credit that prints the mark of each role before its names with a blank only
(``文 某甲 图 某乙``, an e-paper feature's credit under its headline or closing it) keys
them as ``文/某甲 图/某乙`` does: the names after 文 wrote the text, those after 图 or 摄影
took the photos. Before, 文 was read as a mark closing names and 图 as closing the
writer's name, so the writer was credited with the photos and the photographer with
the text. Names before their marks (``某甲 文 某乙 图``) keep their reading. Invented
names in the shape of workers' papers' photo features (session 48, authors8)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.layout.cues import is_head_byline
from gonghui_build.layout.mark_keys import marks_as_keys
from tests.conftest import page_authors

HEAD = "让职工在家门口享受服务\n"
TEXT = "本周，某区总工会组织三十名职工走进社区开展志愿服务，为居民义务理发、维修家电。\n"


def _names(byline: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(byline)]


@pytest.mark.parametrize(
    "byline",
    ["文 韦立新 图 庞雨", "□文 韦立新 图 庞雨", "文 韦立新　摄影 庞雨", "（文 韦立新 图 庞雨）"],
)
def test_each_mark_keys_the_name_after_it(byline: str) -> None:
    assert _names(byline) == [("韦立新", "reporter"), ("庞雨", "photographer")]


def test_two_writers_after_one_mark() -> None:
    assert _names("文 韦立新 冯佳 图 庞雨") == [
        ("韦立新", "reporter"),
        ("冯佳", "reporter"),
        ("庞雨", "photographer"),
    ]


def test_names_before_their_marks_are_read_as_printed() -> None:
    assert marks_as_keys("韦立新 文 庞雨 图") == "韦立新 文 庞雨 图"
    assert _names("韦立新 文 庞雨 图") == [("韦立新", "reporter"), ("庞雨", "photographer")]


def test_the_blank_is_read_as_a_slash_in_place() -> None:
    assert marks_as_keys("文 韦立新 图 庞雨") == "文/韦立新 图/庞雨"


def test_the_line_under_a_headline_is_its_byline() -> None:
    assert is_head_byline("文 韦立新 图 庞雨")
    assert page_authors(HEAD + "文 韦立新 图 庞雨\n" + TEXT) == {
        ("韦立新", "reporter"),
        ("庞雨", "photographer"),
    }


def test_the_line_closing_the_text_is_its_credit() -> None:
    assert page_authors(HEAD + TEXT + "文 韦立新 图 庞雨\n") == {
        ("韦立新", "reporter"),
        ("庞雨", "photographer"),
    }


def test_a_bracketed_line_opening_with_the_mark_is_keyed_too() -> None:
    assert marks_as_keys("（文 韦立新 图 庞雨）") == "（文/韦立新 图/庞雨）"
    assert page_authors(HEAD + "（文 韦立新 图 庞雨）\n" + TEXT) == {
        ("韦立新", "reporter"),
        ("庞雨", "photographer"),
    }


def test_a_mark_keyed_with_a_bar_is_left_as_printed() -> None:
    assert marks_as_keys("文 | 韦立新  图 | 庞雨") == "文 | 韦立新  图 | 庞雨"
