"""Two posts of one person joined by 暨 in a formal report's chain (党组书记暨常务副主席)
are two titles at the chain's body, as with 兼 (``chain_orgs.separates``); a body's name
with 暨 in it, before a post of another body, is no title of the chain. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_party_secretary_and_executive_vice_chair_joined_by_ji():
    body = "平川县总工会党组书记暨常务副主席石磊主持会议。"
    assert _posts(body, "石磊") == {("党组书记", "平川县总工会"), ("常务副主席", "平川县总工会")}


def test_the_same_chain_joined_by_jian_is_unchanged():
    body = "平川县总工会党组书记兼常务副主席石磊主持会议。"
    assert _posts(body, "石磊") == {("党组书记", "平川县总工会"), ("常务副主席", "平川县总工会")}


def test_a_body_named_with_ji_before_another_bodys_post():
    body = "平川县劳模协会暨平川县总工会副主席石磊主持会议。"
    assert _posts(body, "石磊") == {("副主席", "平川县总工会")}
