"""A title of a union's own committee printed with no body (女工委主任某某, 经审会主任某某)
in a clause or paragraph after an enterprise or an institution the article names
(某公司召开三八座谈会，女工委主任某某主持): held at that body's union, as the same title
printed right after the body is (某公司女工委主任 at 某公司工会; tests/fixtures/ANNOTATION.md).
Before, it was left with no body. Near misses: after a union the post is that union's, as
before; after a government body it is left with none; a plain head's title (主任) is not
moved to a union. Invented names and bodies."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


@pytest.mark.parametrize("mark", ["，", "。"])
def test_a_womens_committee_head_after_a_company(mark: str):
    found = _positions(f"东平水务有限公司召开三八座谈会{mark}女工委主任郦秀兰主持。")
    assert found == {("郦秀兰", "女工委主任", "东平水务有限公司工会")}


def test_a_funds_committee_head_after_a_company_in_the_paragraph_before():
    body = "东平水务有限公司召开二届三次职代会。\n经审会主任幸海涛作经费审查报告。"
    assert _positions(body) == {("幸海涛", "经审会主任", "东平水务有限公司工会")}


def test_after_a_union_the_post_is_that_unions():
    found = _positions("东平水务有限公司工会召开三八座谈会，女工委主任郦秀兰主持。")
    assert found == {("郦秀兰", "女工委主任", "东平水务有限公司工会")}


def test_after_a_government_body_the_post_keeps_no_body():
    found = _positions("鹤城县人力资源和社会保障局召开座谈会，女工委主任郦秀兰主持。")
    assert ("郦秀兰", "女工委主任", "鹤城县人力资源和社会保障局工会") not in found


def test_a_plain_heads_title_is_not_moved_to_a_union():
    found = _positions("东平水务有限公司召开安全生产会，办公室主任郦秀兰主持。")
    assert all(org is None or not org.endswith("工会") for _, _, org in found)
