"""A bulletin's issue number (第12期, 第十二期, 第一〇五期, 第１２期) is read in one form: the
masthead's issue line is page furniture and a digest's title sheds it, whichever way the
number is written. Before, the masthead and the digest's title each wrote the pattern
out, and the masthead's copy knew no 〇 and no full-width figure."""

from __future__ import annotations

import pytest

from gonghui_build.layout.digest_titles import is_digest_title
from gonghui_build.layout.furniture import furniture_kind


@pytest.mark.parametrize("issue", ["第12期", "第十二期", "第一〇五期", "第１２期"])
def test_an_issue_line_alone_is_furniture_however_its_number_is_written(issue: str) -> None:
    assert furniture_kind(f"（{issue}）") is not None


@pytest.mark.parametrize("issue", ["第12期", "第十二期", "第一〇五期", "第１２期"])
def test_a_digest_title_sheds_its_issue_however_its_number_is_written(issue: str) -> None:
    assert is_digest_title(f"青川工会简讯 {issue}")
