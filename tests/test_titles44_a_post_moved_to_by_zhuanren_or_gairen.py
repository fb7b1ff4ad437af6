"""A post a person moves to by 转任 or 改任 (某某转任某厂工会主席; 某某改任某厂厂长) is the
person's, read as after 升任 and 调任 (``people.yaml`` transfer_verbs, election_after): before,
no post was read after them. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_post_moved_to_by_zhuanren():
    body = "郜建国转任鹤城纺织厂工会主席。"
    assert _posts(body) == {("郜建国", "主席", "鹤城纺织厂工会")}


def test_a_post_moved_to_by_gairen():
    body = "郜建国改任鹤城纺织厂厂长。"
    assert _posts(body) == {("郜建国", "厂长", "鹤城纺织厂")}


def test_a_body_moved_from_before_zhuanren():
    body = "韩立2019年由鹤城机床厂转任鹤城纺织厂工会主席。"
    assert _posts(body) == {("韩立", "主席", "鹤城纺织厂工会")}
