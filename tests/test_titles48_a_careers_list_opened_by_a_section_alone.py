"""A career's list opened by a post at a section printed alone (曾任总装车间班组长、公司
行政部副经理) goes on with the posts its later items state with their bodies; the
section's own post is left (whose section it is, the tuning sets disagree). Near miss: a
list whose first item is no section's post. Invented names and firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_careers_list_opened_by_a_sections_post_goes_on_with_the_next_item():
    body = (
        "青禾电器集团有限公司召开大会。王秀兰，1981年生，2003年进入公司，"
        "先后任装配车间统计员、集团人力资源部副部长。"
    )
    assert _posts(body, "王秀兰") == {("副部长", "青禾电器集团有限公司人力资源部")}


def test_a_careers_list_opened_by_no_sections_post_is_not_read_past():
    body = (
        "青禾电器集团有限公司召开大会。王秀兰，1981年生，2003年进入公司，"
        "先后任很多工作、集团人力资源部副部长。"
    )
    assert _posts(body, "王秀兰") == set()
