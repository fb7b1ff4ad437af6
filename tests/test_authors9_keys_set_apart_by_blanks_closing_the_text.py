"""A writer's and a photographer's credit run into the text's end with each key before
its name and a blank between (``…工作生活。文 林晓秋 图 孟可欣``: a copy whose text layer
dropped the slashes of ``文/林晓秋 图/孟可欣``) credits the writer with the text and the
photographer with the photos, as the slashed credit does. Before, only a role word, a
bracket or a slash opened such a credit, and both were lost. A key's word before words
that are no name (``图 片来源``) is no credit. Invented names in the shape of union sites'
copies of workers' papers' features (session 49, authors9)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.blank_keys import blank_keyed_names
from tests.conftest import page_authors

TEXT = (
    "江南区总工会开展送清凉活动\n"
    "7月15日，江南区总工会组织慰问组走进建筑工地，为一线职工送去防暑用品200份。\n"
    "区总工会负责人表示，将持续关心户外劳动者的工作生活。"
)


@pytest.mark.parametrize(
    "credit", ["文 林晓秋 图 孟可欣", " 文 林晓秋 图 孟可欣", "文字 林晓秋 摄影 孟可欣"]
)
def test_the_writer_and_the_photographer_are_credited(credit: str) -> None:
    assert page_authors(TEXT + credit + "\n") == {
        ("林晓秋", "reporter"),
        ("孟可欣", "photographer"),
    }


def test_the_writers_key_alone() -> None:
    assert page_authors(TEXT + " 文 林晓秋\n") == {("林晓秋", "reporter")}


@pytest.mark.parametrize("tail", ["图 片来源", "文 林晓秋 图", "文 林晓秋 孟可欣"])
def test_keys_not_each_before_one_name_are_no_credit(tail: str) -> None:
    assert not blank_keyed_names(tail)
