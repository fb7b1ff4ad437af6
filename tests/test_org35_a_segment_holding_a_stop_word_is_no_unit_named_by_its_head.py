"""A title chain's segment that ends in its head's character (…科|科长, …站|站长) is one
unit's name only when no word of two characters or more that ends a name's walk stands
inside it: a verb of inviting or organising makes it a clause
(培训班邀请区财政局会计科科长某某), whose body is the one the grammar reads after the
word; one character (同, 和) may be a brand's own. Invented bodies, names and posts."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_BODY = (
    "灵川县总工会举办工会财务培训班，全县60名基层工会财务人员参训。"
    "培训班邀请县财政局会计科科长韦海川讲解工会经费收支管理。"
)


def test_the_clauses_words_are_no_part_of_the_unit():
    names = first_article_resolved(_BODY)
    assert not any("邀请" in name for name in names)


def test_the_post_is_held_at_the_department_read_after_the_verb():
    posts = first_article_positions(news_page(_BODY))
    assert ("韦海川", "科长", "灵川县财政局会计科") in posts


def test_a_unit_named_by_its_head_opening_a_clause_is_still_read():
    body = "灵川县总工会慰问快递员。青禾速运城北站站长覃秀梅介绍了站点情况。"
    posts = first_article_positions(news_page(body))
    assert ("覃秀梅", "站长", "青禾速运城北站") in posts
