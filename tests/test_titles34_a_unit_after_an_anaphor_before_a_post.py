"""A unit printed after a word referring back to an enterprise (该厂, 该公司, or the
kind's word alone opening the segment) and before a title (该厂细纱车间主任某某): the
works named before holds the post, read as 该厂厂长 is (:mod:`.anaphor_units`); a
workshop's head keeps the workshop in the post (titles.yaml heads_named_with_their_unit),
a team leader or a department's head is held at the unit. Shapes read on real pages of
plants' contests and inspections (s42, titles34). Invented names."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page

_WORKS = "日前，市总工会副主席马建华来到临江第二棉纺厂调研。"
_COMPANY = "日前，市总工会副主席马建华来到临江东方机床有限公司调研。"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_WORKS + "该厂细纱车间主任刘国强介绍了情况。", ("细纱车间主任", "临江第二棉纺厂")),
        (
            _COMPANY + "该公司机加车间主任刘国强介绍了情况。",
            ("机加车间主任", "临江东方机床有限公司"),
        ),
        (_COMPANY + "公司机加车间主任刘国强介绍了情况。", ("机加车间主任", "临江东方机床有限公司")),
        (_WORKS + "该厂细纱车间班长刘国强介绍了情况。", ("班长", "临江第二棉纺厂细纱车间")),
    ],
)
def test_a_unit_after_the_anaphor_is_of_the_works_named_before(body, expected):
    assert _posts(body, "刘国强") == {expected}


def test_the_works_named_whole_with_its_workshop_is_unchanged():
    body = "临江第二棉纺厂细纱车间主任刘国强介绍了情况。"
    assert _posts(body, "刘国强") == {("细纱车间主任", "临江第二棉纺厂")}


def test_the_works_head_after_the_anaphor_is_unchanged():
    assert _posts(_WORKS + "该厂厂长刘国强介绍了情况。", "刘国强") == {("厂长", "临江第二棉纺厂")}


def test_no_works_named_before_leaves_the_post_without_a_body():
    body = "在该厂细纱车间主任刘国强看来，竞赛很重要。"
    assert _posts(body, "刘国强") == {("细纱车间主任", None)}
