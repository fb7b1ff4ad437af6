"""A move told with the post moved from and its body (某某由某厂副厂长升任厂长; 某某由某厂
副厂长调任某纺织厂厂长) states both posts: the post moved from is a past post, a position
(tests/fixtures/ANNOTATION.md), and a post moved to that names no body is held at the body
of the post moved from (a promotion within the plant). Before, the name held no post when
the post moved to named no body, and never the post moved from. Near misses: a trade moved
from (从一名普通工人) and a post moved from of no body (由班长) give no body; a post moved to
with its own body keeps it. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_promotion_is_held_at_the_body_of_the_post_moved_from():
    body = "2018年，郜建国由鹤城机床厂副厂长升任厂长，带领职工扭亏为盈。"
    assert _posts(body) == {
        ("郜建国", "副厂长", "鹤城机床厂"),
        ("郜建国", "厂长", "鹤城机床厂"),
    }


def test_a_move_to_another_body_keeps_both_bodies():
    body = "韩立2016年由鹤城机床厂副厂长调任鹤城纺织厂厂长。"
    assert _posts(body) == {("韩立", "副厂长", "鹤城机床厂"), ("韩立", "厂长", "鹤城纺织厂")}


def test_a_trade_moved_from_gives_no_body():
    body = "2015年，郜建国从一名普通工人升任鹤城机床厂车间主任。"
    assert _posts(body) == {("郜建国", "车间主任", "鹤城机床厂")}


def test_a_post_moved_from_of_no_body_gives_none():
    body = "郜建国由班长升任鹤城机床厂车间主任。"
    assert _posts(body) == {("郜建国", "车间主任", "鹤城机床厂")}
