"""A career told by years names the person once, opening the sentence, and each later
clause opens with the year of a step (某某1990年进厂，2015年任某工会主席。): the post a
clause of a year appoints to is that person's, where the build read no one for it.
Near misses: a clause of another subject between (某某1990年进厂，乙2015年任…) keeps its
own, a name's clause that goes on with no year (某某说，2015年任…) names no career, and a
clause opening with no year (后来2015年任…) breaks the walk. Invented names and firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_post_in_a_later_clause_of_years_is_the_opening_names():
    body = "华湘电机召开大会。韩立1990年进厂，2015年任华湘电机工会主席。"
    assert _posts(body, "韩立") == {("主席", "华湘电机工会")}


def test_the_name_alone_before_the_clauses_of_years():
    body = "华湘电机召开大会。韩立，1990年进厂，2015年担任华湘电机工会副主席。"
    assert _posts(body, "韩立") == {("副主席", "华湘电机工会")}


def test_another_subject_between_keeps_the_post():
    body = "华湘电机召开大会。韩立1990年进厂，周明2015年任华湘电机工会主席。"
    assert _posts(body, "韩立") == set()
    assert _posts(body, "周明") == {("主席", "华湘电机工会")}


def test_a_speaker_opening_the_sentence_is_no_career():
    body = "华湘电机召开大会。韩立说，2015年任华湘电机工会主席。"
    assert _posts(body, "韩立") == set()


def test_a_clause_with_no_year_breaks_the_career():
    body = "华湘电机召开大会。韩立1990年进厂，后来2015年任华湘电机工会主席。"
    assert _posts(body, "韩立") == set()
