"""A removal printed with the name before its verb (某某不再担任某分厂厂长职务) gives the
post the person held, as 免去某某…职务 does (a past post is a position, ANNOTATION.md);
不再担任任何职务 names no post. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_CONGRESS = "临江重型机械有限公司召开职代会。会上宣读了公司人事任免决定："


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_the_post_no_longer_held_is_a_position():
    body = _CONGRESS + "刘大军不再担任公司工会主席职务，另有任用。"
    assert _posts(body, "刘大军") == {("主席", "临江重型机械有限公司工会")}


def test_no_longer_holding_any_post_states_none():
    body = _CONGRESS + "刘大军不再担任任何职务。"
    assert _posts(body, "刘大军") == set()
