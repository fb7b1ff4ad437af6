"""A square, one name and the mark of text and photos on a line under a headline
(``□某某 文/摄``, ``□某某 文/图``), or the name with its text mark glued on after a
slash (``□某某/文``), is the article's byline, as the same line without its square is
(``某某 文/摄``, session 46). Before, the square's line was read as text, the article
had no author. A slogan before the mark is no name and makes no byline. Invented names
in the shape of e-papers' features (session 47, authors6)."""

from __future__ import annotations

import pytest

from gonghui_build.layout.cues import is_head_byline
from tests.conftest import page_authors

HEAD = "让职工在家门口享受服务\n"
TEXT = "本周，某区总工会组织三十名职工走进社区开展志愿服务，为居民义务理发、维修家电。\n"


@pytest.mark.parametrize(
    "line", ["□韦立新 文/摄", "□ 韦立新 文/图", "■韦立新/文", "□韦立新 庞雨 文/图"]
)
def test_a_squares_names_and_text_mark_are_a_byline(line: str) -> None:
    assert is_head_byline(line)


@pytest.mark.parametrize("line", ["■劳动光荣/文", "□劳动光荣 文/图", "□韦立新 摄"])
def test_no_name_or_a_photo_mark_alone_is_no_head_byline(line: str) -> None:
    assert not is_head_byline(line)


def test_the_name_wrote_and_photographed() -> None:
    assert page_authors(HEAD + "□韦立新 文/摄\n" + TEXT) == {
        ("韦立新", "reporter"),
        ("韦立新", "photographer"),
    }


def test_the_name_with_its_glued_text_mark_wrote_the_text() -> None:
    assert page_authors(HEAD + "□韦立新/文\n" + TEXT) == {("韦立新", "reporter")}


def test_a_two_character_name_spaced_to_three_before_the_mark() -> None:
    assert is_head_byline("□林 海 文/摄")
    assert page_authors(HEAD + "□林 海 文/摄\n" + TEXT) == {
        ("林海", "reporter"),
        ("林海", "photographer"),
    }
