"""The Youth League's branch and general branch of a plant (某厂团支部书记, 某厂团总支副书记)
are inner bodies, as 党支部 and 团委 are (``titles.yaml`` inner_bodies): the post keeps the
branch in its title and is held at the plant, and the chain's next post is the plant's
(某厂团支部书记、车间主任某某). Before, the branch was read as a body of its own: the next
post lost its body (车间主任 at none) or took the branch (班长 at 某厂团支部). Invented
names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_branch_secretary_and_a_workshop_head_are_both_the_plants():
    body = "鹤城机床厂团支部书记、车间主任郜建国介绍了经验。"
    assert _posts(body) == {
        ("郜建国", "团支部书记", "鹤城机床厂"),
        ("郜建国", "车间主任", "鹤城机床厂"),
    }


def test_a_team_leader_after_the_branch_is_the_plants():
    body = "鹤城机床厂团支部书记、班长郜建国介绍了经验。"
    assert _posts(body) == {
        ("郜建国", "团支部书记", "鹤城机床厂"),
        ("郜建国", "班长", "鹤城机床厂"),
    }


def test_a_general_branchs_deputy_secretary():
    body = "鹤城机床厂团总支副书记郜丽芳主持会议。"
    assert _posts(body) == {("郜丽芳", "团总支副书记", "鹤城机床厂")}
