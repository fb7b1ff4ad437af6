"""A union's branch printed with its own name between the union and 分会 (某公司工会江海
分会, 某公司工会第二分会: the 工会分会 of 《中国工会章程》 第二十七条) is the body its
chair holds the post at (``org_suffixes.yaml`` unit_endings), as a workshop holds its
team leader; before, the branch's name was read into the post (江海分会主席 at the
union). A venue's 分会场 and a union's own 工会委员会 are left as they were. Invented
names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_named_branch_after_a_company_union_holds_its_chair():
    body = "鹤城市邮政分公司工会江海分会主席简美玲介绍了分会的做法。"
    assert _posts(body, "简美玲") == {("主席", "鹤城市邮政分公司工会江海分会")}


def test_a_numbered_branch_holds_its_vice_chair():
    body = "中铁十局三公司工会第二分会副主席郜晓明介绍了情况。"
    assert _posts(body, "郜晓明") == {("副主席", "中铁十局三公司工会第二分会")}


def test_a_union_committees_chair_is_unchanged():
    body = "鹤城市邮政分公司工会委员会主席简美玲介绍了做法。"
    assert _posts(body, "简美玲") == {("主席", "鹤城市邮政分公司工会委员会")}


def test_a_venues_branch_hall_names_no_body():
    body = "会议设主会场和十二个分会场，鹤城市总工会主席冉立新在主会场讲话。"
    assert _posts(body, "冉立新") == {("主席", "鹤城市总工会")}
