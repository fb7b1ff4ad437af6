"""A byline listing names of two characters padded by a blank to a column's width
beside names printed whole, parted by a comma or 、 (``本报记者 林 秋、王晓峰``,
``（记者 王晓峰，林 秋）``), names each of them: the comma is blanked as in a run of
padded names alone. Before, a run with a whole name in it kept its commas, so the
padded name's given character was glued to the comma and the name after it, and the
byline credited no reporter or a title. A run with no padded name keeps its commas;
a body's leaders with their titles are no credit. Invented names (session 48, authors8)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.byline_tokens import spaced_names_apart
from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_authors


def _names(byline: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(spaced_names_apart(byline))]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("本报记者 林 秋、王晓峰", ["林秋", "王晓峰"]),
        ("本报记者 王晓峰，林 秋", ["王晓峰", "林秋"]),
        ("（记者 林 秋，王晓峰，韦 宁）", ["林秋", "王晓峰", "韦宁"]),
    ],
)
def test_padded_and_whole_names_are_each_a_reporter(byline: str, names: list[str]) -> None:
    assert _names(byline) == [(n, "reporter") for n in names]


def test_a_correspondent_after_the_mixed_run_keeps_his_role() -> None:
    assert _names("本报讯（记者 林 秋、王晓峰 通讯员 孟可欣）") == [
        ("林秋", "reporter"),
        ("王晓峰", "reporter"),
        ("孟可欣", "correspondent"),
    ]


def test_a_run_with_no_padded_name_keeps_its_commas() -> None:
    assert spaced_names_apart("本报记者 王晓峰、林晓秋") == "本报记者 王晓峰、林晓秋"


def test_titled_leaders_are_no_run_of_names() -> None:
    text = "区委书记 林 秋，区长 王晓峰"
    assert spaced_names_apart(text) == text


BODY = "城南区职工文化节开幕\n本周，城南区总工会组织三十名职工走进社区开展志愿服务，为居民义务理发、维修家电。"


@pytest.mark.parametrize("credit", ["（林 秋、王晓峰）", "（王晓峰，林 秋）"])
def test_a_bracket_of_padded_and_whole_names_closing_the_text(credit: str) -> None:
    assert page_authors(BODY + credit + "\n") == {
        ("林秋", "correspondent"),
        ("王晓峰", "correspondent"),
    }


def test_a_bracket_with_no_padded_name_keeps_its_commas() -> None:
    assert spaced_names_apart("（王晓峰、林晓秋）") == "（王晓峰、林晓秋）"
