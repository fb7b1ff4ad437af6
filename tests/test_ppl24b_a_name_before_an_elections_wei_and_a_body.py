"""增补某某为市总工会副主席: a plenary session adds a member to a federation's posts, and
为 opens a body's name and its title, not a title alone. The name ends before that 为
(a given name 可 and the word 可为 'can be done' do not make 蔺可为 a name); a second 为
(增补王可为为…) is the election's, so the name keeps its last 为. Invented people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_the_name_ends_before_the_wei_of_a_body_and_its_title():
    posts = first_article_positions(news_page("9月6日，会议增补蔺可为市总工会副主席。"))
    assert ("蔺可", "副主席", "市总工会") in {(n, t, o and o[-4:]) for n, t, o in posts}


def test_a_second_wei_leaves_the_name_whole():
    posts = first_article_positions(news_page("9月6日，会议增补王可为为市总工会副主席。"))
    assert "王可为" in {n for n, _, _ in posts}
