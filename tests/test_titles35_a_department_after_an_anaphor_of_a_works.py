"""A department printed after 该厂 (该厂办公室主任某某), which the grammar reads alone as a
bare 办公室 the article cannot complete, is the works' named before: the anaphor's
reading (:mod:`.anaphor_units`) is tried when the body read starts after the segment's
first words, as it was when none was read (该厂细纱车间主任). Invented names."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page

_WORKS = "记者走进临江东方机床厂。"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("该厂办公室主任刘国强介绍了情况。", ("主任", "临江东方机床厂办公室")),
        ("该厂办公室副主任刘国强介绍了情况。", ("副主任", "临江东方机床厂办公室")),
    ],
)
def test_the_office_after_the_anaphor_is_the_works(after, expected):
    assert _posts(_WORKS + after, "刘国强") == {expected}


def test_a_companys_office_is_unchanged():
    body = "记者来到临江东方机床有限公司。该公司办公室主任刘国强介绍了情况。"
    assert _posts(body, "刘国强") == {("主任", "临江东方机床有限公司办公室")}


def test_a_citys_government_office_is_unchanged():
    assert _posts("市政府办公室主任刘国强介绍了情况。", "刘国强") == {("主任", "市政府办公室")}


def test_no_works_named_before_leaves_the_post_without_a_body():
    body = "在该厂办公室主任刘国强看来，竞赛很重要。"
    assert _posts(body, "刘国强") == {("主任", None)}
