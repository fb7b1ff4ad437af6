"""A group's board printed 董事局 (某集团董事局主席某某) is the group's board of directors,
as 董事会 is, never a bureau (局) of its own: the chair holds 董事局主席 at the group, and
the Party posts the chain or the list gives after it are the group's. Invented names and
bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_the_boards_chair_holds_the_post_at_the_group():
    body = "湖州丝绸集团董事局主席佘启荣出席会议。"
    assert _posts(body, "佘启荣") == {("董事局主席", "湖州丝绸集团")}


def test_a_post_after_the_boards_in_one_chain_is_the_groups():
    body = "湖州丝绸集团董事局副主席、总裁佘启荣出席会议。"
    assert _posts(body, "佘启荣") == {("董事局副主席", "湖州丝绸集团"), ("总裁", "湖州丝绸集团")}


def test_the_next_persons_party_post_is_the_groups_not_the_boards():
    body = "湖州丝绸集团召开劳模座谈会。集团董事局主席佘启荣，党委书记祁增昌参加会议。"
    assert _posts(body, "祁增昌") == {("党委书记", "湖州丝绸集团")}


def test_a_bureau_of_a_government_stays_a_body():
    body = "湖州市交通运输局局长佘启荣出席会议。"
    assert _posts(body, "佘启荣") == {("局长", "湖州市交通运输局")}
