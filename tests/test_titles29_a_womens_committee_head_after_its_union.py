"""The head of a union's women workers' committee by its short names (女工委主任,
女职委副主任), printed with no body after the article names the union (…某公司工会召开
会员代表大会。…女工委主任某某主持), is held at that union, as the funds review
committee's head beside it is (``titles.yaml`` union_officers); before, the post was
left with no body. With no union named, it stays without one. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


_CONGRESS = "鹤城热电有限公司工会召开二届三次会员代表大会。工会主席申屠红作工作报告，经审会主任阚立平作经费审查报告。"


def test_the_womens_committee_head_after_the_union_named():
    body = _CONGRESS + "女工委主任郦小梅主持会议。"
    assert _posts(body, "郦小梅") == {("女工委主任", "鹤城热电有限公司工会")}


def test_its_deputy_by_the_other_short_name():
    body = "鹤城热电有限公司工会召开会员代表大会。女职委副主任郦小梅主持。"
    assert _posts(body, "郦小梅") == {("女职委副主任", "鹤城热电有限公司工会")}


def test_the_funds_committee_head_beside_it_is_unchanged():
    body = _CONGRESS + "女工委主任郦小梅主持会议。"
    assert _posts(body, "阚立平") == {("经审会主任", "鹤城热电有限公司工会")}


def test_no_union_named_leaves_it_without_a_body():
    assert _posts("女工委主任郦小梅主持会议。", "郦小梅") == {("女工委主任", None)}
