"""A title chain set off by a comma after a name the readers found inside a sentence
(发言的还有某某，某集团党委书记。; 记者采访了某某，某厂工会主席。) is that person's post,
as it is after a name opening its clause (某某，某公司工会主席，…): the chain fills its
clause and names no one else. A chain that does not fill its clause (a name follows it,
or a verb) is another person's or says something else. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_party_secretary_after_a_name_at_the_end_of_a_list():
    body = "座谈会上作交流发言的还有冼国强，湖州港务集团党委书记。"
    assert _posts(body, "冼国强") == {("党委书记", "湖州港务集团")}


def test_a_union_chair_after_the_object_of_a_verb():
    body = "记者采访了冼国强，湖州港务集团工会主席。"
    assert _posts(body, "冼国强") == {("主席", "湖州港务集团工会")}


def test_a_chain_of_two_posts_after_the_name():
    body = "受表彰的还有柴玉梅，湖州丝绸厂党委书记、工会主席。"
    assert _posts(body, "柴玉梅") == {("党委书记", "湖州丝绸厂"), ("主席", "湖州丝绸厂工会")}


def test_a_chain_followed_by_another_name_is_that_persons():
    body = "记者采访了冼国强，湖州港务集团工会主席满宏伟也在现场。"
    assert _posts(body, "冼国强") == set()
    assert _posts(body, "满宏伟") == {("主席", "湖州港务集团工会")}


def test_a_clause_that_goes_on_after_the_body_is_no_post():
    body = "记者采访了冼国强，湖州港务集团工会主席对他赞不绝口。"
    assert _posts(body, "冼国强") == set()
