"""A name printed before 历任 or 现任 (某某历任某县总工会副主席、主席; 某某现任某厂工会主席)
holds the posts after the word, as after 任, and ends before it: the name ran on into the
word's first character (韩某历, 韩某现), and a name of three characters lost its posts
(``people.yaml`` election_after, name_followers). 现为 ends a name as well (某某现为某
公司技术员). Near misses: bare 任 and 先后任 read as before. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_posts_held_in_succession_after_liren():
    body = "韩丽历任鹤城县总工会副主席、主席。"
    assert _posts(body) == {("韩丽", "副主席", "鹤城县总工会"), ("韩丽", "主席", "鹤城县总工会")}


def test_a_name_of_three_before_liren_keeps_its_posts():
    body = "郜建国历任鹤城机床厂车间主任、副厂长。"
    assert _posts(body) == {
        ("郜建国", "车间主任", "鹤城机床厂"),
        ("郜建国", "副厂长", "鹤城机床厂"),
    }


def test_a_present_post_after_xianren():
    body = "韩立现任鹤城机床厂工会主席。"
    assert _posts(body) == {("韩立", "主席", "鹤城机床厂工会")}


def test_a_present_trade_after_xianwei():
    body = "韩立现为鹤城机床厂焊接工。"
    assert _posts(body) == {("韩立", "焊接工", "鹤城机床厂")}


def test_bare_ren_and_xianhou_ren_unchanged():
    assert _posts("韩立任鹤城机床厂工会主席。") == {("韩立", "主席", "鹤城机床厂工会")}
    body = "韩立先后任鹤城县总工会副主席、常务副主席。"
    assert _posts(body) == {
        ("韩立", "副主席", "鹤城县总工会"),
        ("韩立", "常务副主席", "鹤城县总工会"),
    }
