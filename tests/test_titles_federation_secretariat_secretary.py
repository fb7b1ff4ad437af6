"""A federation's secretariat (书记处) printed before 书记 names an inner body whose post
is a title of its own: ``全国总工会书记处书记某某`` holds 书记处书记 at the federation,
not a bare 书记 of no body. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions


def test_a_secretariat_secretary_holds_the_title_at_the_federation():
    text = "全总领导到企业调研\n3月2日，全国总工会书记处书记欧启明一行到某市调研职工书屋建设。\n"
    found = first_article_positions(text)
    assert ("欧启明", "书记处书记", "中华全国总工会") in found
    assert not [f for f in found if f[1] == "书记"]


def test_a_secretariat_secretary_after_a_party_group_post_keeps_the_whole_title():
    text = (
        "推进会在京召开\n"
        "4月6日，全国总工会在京召开推进会。全总党组成员、书记处书记欧启明出席会议并讲话。\n"
    )
    titles = {title for name, title, _ in first_article_positions(text) if name == "欧启明"}
    assert "书记处书记" in titles
    assert "书记" not in titles
