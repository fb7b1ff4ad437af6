"""青河车务段工会主席贺文明和段工会女工委主任林小燕: reading back from the second title the
organisation grammar joined the place, a title, a name and the short form after 和 into
one body (青河车务段工会主席贺文明和段). No body's name holds a post and a name: the second
title's body is what follows the last joiner, the short form of the body named before
(段工会 → 青河车务段工会). A railway depot's head (段长) is a post. Invented names, bodies
and events (s43, people29)."""

from __future__ import annotations

from gonghui_build.extract.people.crossed_names import after_a_titled_name
from tests.conftest import first_article_positions, page_facts


def _page(body: str) -> str:
    return "青河车务段开展送清凉活动\n\n本报讯 7月15日，" + body + "\n"


def test_the_second_union_title_is_held_at_the_depots_union():
    body = "青河车务段工会主席贺文明和段工会女工委主任林小燕一行来到青河站，慰问一线职工。"
    assert first_article_positions(_page(body)) == {
        ("贺文明", "主席", "青河车务段工会"),
        ("林小燕", "女工委主任", "青河车务段工会"),
    }


def test_no_body_holding_a_name_is_listed():
    body = "青河车务段工会主席贺文明和段工会女工委主任林小燕一行来到青河站，慰问一线职工。"
    written = {o.written for o in page_facts(_page(body)).articles[0].orgs}
    assert not any("贺文明" in w for w in written)


def test_a_depots_head_is_a_post_and_the_next_title_keeps_no_name():
    body = "青河车务段段长孙明和段党委书记马丽到青河站检查工作。"
    found = first_article_positions(_page(body))
    assert ("孙明", "段长", "青河车务段") in found
    assert all("孙明" not in title for _, title, _ in found)


def test_a_body_name_with_no_title_inside_is_kept_whole():
    assert after_a_titled_name("青河机械") == 0
    assert after_a_titled_name("青河车务段工会主席贺文明和段") == len("青河车务段工会主席贺文明和")
