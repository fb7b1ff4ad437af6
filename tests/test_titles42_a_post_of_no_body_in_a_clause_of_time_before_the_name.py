"""A clause of time that states a post of no body and names no one (2015年任班长以来，;
自2012年担任车间主任以来，) gives that post to the name opening the clause after it, with
no organisation, as a career's clause of a year does (某某1990年进厂，2008年任班长);
before, a bare post there was read only in a career. Near misses: a union's office of no
body (2015年任主席以来，) stays unread, whose chair it is being unknown; a post printed
with its body reads as before. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_team_leaders_post_since_a_year():
    body = "2015年任班长以来，韩立带领班组完成技改项目十二项。"
    assert _posts(body) == {("韩立", "班长", None)}


def test_a_workshop_heads_post_since_a_year_with_zi():
    body = "自2012年担任车间主任以来，郜丽带领职工完成技改项目十二项。"
    assert _posts(body) == {("郜丽", "车间主任", None)}


def test_a_unions_office_of_no_body_stays_unread():
    body = "2015年任主席以来，韩立带领职工办了很多实事。"
    assert _posts(body) == set()


def test_a_post_with_its_body_unchanged():
    body = "2015年任鹤城机床厂车间主任以来，韩立带领班组完成技改项目十二项。"
    assert _posts(body) == {("韩立", "车间主任", "鹤城机床厂")}


def test_a_career_told_by_years_unchanged():
    body = "韩立1990年进厂，2008年任班长，2015年任车间主任。"
    assert _posts(body) == {("韩立", "班长", None), ("韩立", "车间主任", None)}
