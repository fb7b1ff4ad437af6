"""A standing team of a body printed before its leader's post with 的 between them
(某港务公司装卸队的队长某某, 某厂数控班的班长某某): the team, named by the character its
head's title opens with (队|队长, 班|班长), is the body the post is held at, as it is
printed without 的 (装卸队队长); a group at an occasion before another post
(某医院代表队的护士长) still leaves the post to the body. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_team_before_de_and_its_leaders_post_holds_the_post():
    found = first_article_positions(
        news_page("8月3日，县总工会慰问了石湾港务有限公司装卸队的队长宋晓林。")
    )
    assert found == {("宋晓林", "队长", "石湾港务有限公司装卸队")}


def test_a_team_before_de_holds_the_post_as_it_does_without_de():
    with_de = first_article_positions(news_page("8月3日，石湾人民医院代表队的队长宋晓林说。"))
    without = first_article_positions(news_page("8月3日，石湾人民医院代表队队长宋晓林说。"))
    assert with_de == without


def test_a_group_before_de_and_a_post_it_is_not_named_for_leaves_the_post_to_the_body():
    found = first_article_positions(news_page("8月3日，石湾人民医院代表队的护士长宋晓林说。"))
    assert found == {("宋晓林", "护士长", "石湾人民医院")}
