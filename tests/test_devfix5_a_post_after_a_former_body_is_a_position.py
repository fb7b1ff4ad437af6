"""A post printed after a former body (原某纺织厂挡车工某某, a laid-off worker's old job) is
the person's position at that body: the annotation guidelines settled that a past post is
a position (tests/fixtures/ANNOTATION.md, real_dev12's decisions: 退休前是…护士长), and
real_dev's gold holds the laid-off weaver's 挡车工 at her old mill. Before, 原 before the
body dropped the post (a rule of 12-01, older than both). The body's name leaves 原 out.
Near misses: the same post with no 原 is unchanged; a kind of worker after the former
body (原某厂职工) is still no post. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_laid_off_weaver_holds_her_old_mills_post():
    body = "在洽谈会现场，原石湾三友纺织厂挡车工韦桂芝和七名工友一起被石湾宾馆录用为客房服务员。"
    assert _posts(body, "韦桂芝") == {("挡车工", "石湾三友纺织厂")}


def test_the_post_before_a_verb_of_saying():
    body = "原石湾三友纺织厂挡车工韦桂芝说，工会帮了大忙。"
    assert _posts(body, "韦桂芝") == {("挡车工", "石湾三友纺织厂")}


def test_the_same_post_with_no_former_mark_is_unchanged():
    body = "在洽谈会现场，石湾三友纺织厂挡车工韦桂芝和七名工友一起参加了招聘。"
    assert _posts(body, "韦桂芝") == {("挡车工", "石湾三友纺织厂")}


def test_a_kind_of_worker_after_a_former_body_is_no_post():
    body = "在洽谈会现场，原石湾三友纺织厂职工韦桂芝和七名工友一起被石湾宾馆录用。"
    assert _posts(body, "韦桂芝") == set()
