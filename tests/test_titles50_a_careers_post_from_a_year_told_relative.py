"""A career's later post from a year told relative to the article's: …，去年又当选为某集团
工会副主席 (去年, 前年, 同年: ``dates.yaml`` relative_years, as a year printed in full
opens one). Near miss: a year after the article's (明年) states no post held. Invented
names and firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_last_year_opens_a_careers_later_post():
    body = (
        "王秀兰，1979年生，曾任青禾电器有限公司行政部副经理，去年又当选为青禾电器有限公司工会主席。"
    )
    assert ("主席", "青禾电器有限公司工会") in _posts(body, "王秀兰")


def test_the_year_before_last_opens_one_after_a_pronoun():
    body = "2001年，王秀兰进入青禾电器有限公司。她前年当选青禾电器有限公司工会主席。"
    assert ("主席", "青禾电器有限公司工会") in _posts(body, "王秀兰")


def test_next_year_states_no_post_held():
    body = "王秀兰，1979年生，曾任青禾电器有限公司行政部副经理，明年任青禾电器有限公司工会主席。"
    assert ("主席", "青禾电器有限公司工会") not in _posts(body, "王秀兰")
