"""聘任某某为某职: an enterprise's notice of appointments engages a person for a post,
read as 任命某某为… is (people.yaml election_before). Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_the_engaged_person_holds_the_post_at_the_body_named_before():
    body = "临江东方机床有限公司召开职代会。会上宣读了决定：聘任刘国强为该公司锻压分厂厂长。"
    assert _posts(body, "刘国强") == {("厂长", "临江东方机床有限公司锻压分厂")}
