"""A chain of posts after a verb of tenure (曾任, 此前任) whose later item names its own
department of the body (某区委常委、组织部部长) is read whole, as after 现任: 部长 is
held at 某区委组织部 (ANNOTATION.md), not cut at the first 、. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_past_chain_keeps_its_department_item():
    body = "马国庆曾任东湖区委常委、组织部部长。"
    assert _posts(body, "马国庆") == {("常委", "东湖区委"), ("部长", "东湖区委组织部")}


def test_an_election_of_two_titles_stays_as_read():
    body = "临江市总工会召开全委会议，刘大军当选为市总工会副主席。"
    assert _posts(body, "刘大军") == {("副主席", "临江市总工会")}
