"""A post printed after its person's name, set off by commas, where the name opens a
clause inside a sentence rather than the sentence (会上，某某，某集团党委书记，介绍…) or
follows a list's opening (参加座谈的有：某某，某公司党委书记；…, 发言的有某某，…): real
pages of city unions' forums list their speakers so. The post must still fill its clause:
names listed with commas, or a name before another's title chain, take no post.
Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = "6月3日，湛江市总工会召开座谈会。"


def _posts_of(name: str, body: str) -> set[tuple[str, str | None]]:
    positions = first_article_positions(news_page(_OPENING + body))
    return {(title, org) for person, title, org in positions if person == name}


def test_a_name_after_a_comma_takes_the_post_after_it():
    body = "会上，钟明轩，湛江港务集团党委书记，介绍了经验。"
    assert _posts_of("钟明轩", body) == {("党委书记", "湛江港务集团")}


def test_names_after_a_lists_opening_take_their_posts():
    body = "参加座谈的有：钟明轩，湛江港务集团党委书记；梁秀英，赤坎区总工会副主席。"
    assert _posts_of("钟明轩", body) == {("党委书记", "湛江港务集团")}
    assert _posts_of("梁秀英", body) == {("副主席", "赤坎区总工会")}


def test_a_name_right_after_de_you_takes_the_post_after_it():
    body = "发言的有钟明轩，湛江港务集团党委书记；梁秀英，赤坎区总工会副主席。"
    assert _posts_of("钟明轩", body) == {("党委书记", "湛江港务集团")}


def test_a_name_before_anothers_title_chain_takes_no_post():
    body = "出席的有钟明轩，梁秀英，市总工会副主席林志强。"
    assert _posts_of("钟明轩", body) == set()
    assert _posts_of("梁秀英", body) == set()
    assert _posts_of("林志强", body) == {("副主席", "湛江市总工会")}


def test_a_name_opening_the_sentence_is_read_as_before():
    body = "钟明轩，湛江港务集团党委书记，介绍了经验。"
    assert _posts_of("钟明轩", body) == {("党委书记", "湛江港务集团")}
