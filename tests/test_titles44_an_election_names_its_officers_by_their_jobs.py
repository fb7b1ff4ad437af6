"""A founding election that names each officer by a job of ``titles.yaml`` post_endings
before the name (选举公司生产部主管某某为工会主席，公司网络部主管某某为工会副主席) states
the union's posts for the names after the jobs, as after a title (某集团董事长某某为…):
before, no name was found after a job that is no title, and the union's posts were lost.
Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_officers_named_by_their_jobs_hold_the_unions_posts():
    body = (
        "鹤城胶业有限公司召开工会成立大会，选举公司生产部主管郜建国为工会主席，"
        "公司网络部主管吕芳为工会副主席。"
    )
    posts = _posts(body)
    assert ("郜建国", "主席", "鹤城胶业有限公司工会") in posts
    assert ("吕芳", "副主席", "鹤城胶业有限公司工会") in posts


def test_an_officer_named_by_a_title_still_holds_the_post():
    body = "鹤城胶业有限公司召开工会成立大会，选举公司总经理郜建国为工会主席。"
    assert ("郜建国", "主席", "鹤城胶业有限公司工会") in _posts(body)
