"""Titles joined by 、 to an occupation printed right before a name (高级技师、执业药师
某某): the occupation ends no chain of titles (:mod:`.titles_before_occupation`), and the
grades before it were lost; they are the person's as a chain's titles are. An occupation
after a name (劳模王海、执业药师某某) or alone is read as before. Invented names."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，高级技师、执业药师周敏介绍了经验。", {("高级技师", None), ("执业药师", None)}),
        ("会上，工程师、执业药师周敏介绍了经验。", {("工程师", None), ("执业药师", None)}),
    ],
)
def test_the_grades_before_the_occupation_are_the_persons(body, expected):
    assert _posts(body, "周敏") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，快递员周敏介绍了经验。", {("快递员", None)}),
        ("会上，劳模王海、执业药师周敏介绍了经验。", {("执业药师", None)}),
    ],
)
def test_an_occupation_alone_is_unchanged(body, expected):
    assert _posts(body, "周敏") == expected


def test_a_chain_with_its_body_is_unchanged():
    body = "南岭制药有限公司高级工程师、执业药师周敏介绍了经验。"
    assert _posts(body, "周敏") == {
        ("高级工程师", "南岭制药有限公司"),
        ("执业药师", "南岭制药有限公司"),
    }
