"""A career told by years (某某1990年进厂，2008年任班长，2015年任车间主任。) states a
post of no body too: the person's, with no organisation, as a past post printed before a
name is. A union's office of no body (2015年任副主席) stays unread, as an election's
does, and a sentence that is no career (某某说，2015年任班长) names no one for the post.
Invented names and firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_careers_post_of_no_body_is_the_opening_names_with_no_organisation():
    body = "青禾纺织召开表彰会。韩立1990年进厂，2008年任班长，2015年任车间主任。"
    assert _posts(body, "韩立") == {("班长", None), ("车间主任", None)}


def test_a_careers_union_office_of_no_body_stays_unread():
    body = "青禾纺织召开表彰会。韩立1990年进厂，2015年任副主席。"
    assert _posts(body, "韩立") == set()


def test_a_post_of_no_body_with_no_career_stays_unread():
    body = "青禾纺织召开表彰会。韩立说，2015年任班长。"
    assert _posts(body, "韩立") == set()
