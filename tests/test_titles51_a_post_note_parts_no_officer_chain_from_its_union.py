"""A yearbook's officer chain names its union once, then goes on person by person:
某市总工会党组书记、常务副主席甲（3月调任某市人大常委会副秘书长），党组书记、常务副主席乙（4月任），
副主席丙、丁. The note in brackets after 甲 names 甲's new post at a body of its own; it is an
aside, so the titles of no body after it are still held at the union named before the
note (as they are when no note is printed). Near miss: a body named outside any note
between the chains still parts them. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_the_chain_goes_on_at_its_union_past_a_note_of_a_new_post():
    body = (
        "年末全市有基层工会组织1200个。市总工会党组书记、常务副主席柯望川（5月调任市政协副秘书长），"
        "党组书记、常务副主席闻雅琴（6月任），副主席汤立峰、俞楚南，经费审查委员会主任庹明。"
    )
    assert _posts(body, "闻雅琴") == {("党组书记", "市总工会"), ("常务副主席", "市总工会")}
    assert _posts(body, "俞楚南") == {("副主席", "市总工会")}
    assert _posts(body, "庹明") == {("经费审查委员会主任", "市总工会")}
    assert ("副秘书长", "市政协") in _posts(body, "柯望川")


def test_a_note_of_no_post_changes_nothing():
    body = "市总工会党组书记、常务副主席柯望川（女），副主席汤立峰出席会议。"
    assert _posts(body, "汤立峰") == {("副主席", "市总工会")}


def test_a_body_named_outside_a_note_still_parts_the_chains():
    body = "市总工会党组书记柯望川，市政协副秘书长闻雅琴，副主席汤立峰出席会议。"
    assert ("副主席", "市总工会") not in _posts(body, "汤立峰")
