"""The post a retired person held, stated after the name with 退休前 and the copula
(某某是省级劳动模范，退休前是县医院的护士长; 某某退休前任某厂车间主任), is a position, as
tests/fixtures/ANNOTATION.md gives a past post; what is no post there (一名普通工人, a
phrase 的 joins) stays none. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _posts_of(name: str, body: str) -> set[tuple[str, str | None]]:
    article = page_facts(news_page(body)).articles[0]
    return {
        (p.title_normalised, p.org.name if p.org else None)
        for p in article.positions
        if p.name == name
    }


def test_a_model_workers_post_before_retiring_after_an_is_clause():
    posts = _posts_of("苏婉青", "苏婉青是省级劳动模范，退休前是永春县医院的护士长。")
    assert posts == {("护士长", "永春县医院")}


def test_a_post_before_retiring_right_after_the_name():
    posts = _posts_of("郑启明", "郑启明退休前任红星机械厂车间主任，曾获全国劳动模范称号。")
    assert posts == {("车间主任", "红星机械厂")}


def test_no_post_after_the_mark_is_no_position():
    assert _posts_of("苏婉青", "苏婉青是省级劳动模范，退休前是一名普通工人。") == set()


def test_a_phrase_joined_by_de_is_no_position():
    assert _posts_of("苏婉青", "苏婉青退休前是永春县医院护士长的得力助手。") == set()


def test_a_post_held_now_is_read_as_before():
    posts = _posts_of("李国强", "李国强现任东岭农机专业合作社理事长。")
    assert posts == {("理事长", "东岭农机专业合作社")}
