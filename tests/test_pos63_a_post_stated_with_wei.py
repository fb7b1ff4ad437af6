"""A post stated after a name opening a sentence, or after a label describing the person,
with the written copula 为 (工作室领衔人某某为该公司某分厂厂长): read as after 是, only when
the title chain fills the clause (:func:`.tenure.post_stated_at`). Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_WORKS = "临江东方电力设备有限公司举行创新工作室揭牌仪式。"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_post_after_wei_is_the_labelled_persons():
    body = _WORKS + "工作室领衔人刘国强为该公司变压器分厂厂长。"
    assert _posts(body, "刘国强") == {("厂长", "临江东方电力设备有限公司变压器分厂")}


def test_wei_opening_no_post_states_none():
    body = _WORKS + "刘国强为职工讲解安全知识，刘国强说，要抓好安全。"
    assert _posts(body, "刘国强") == set()
