"""A surname that is also a word (籍, 海) printed right after an occupation (安全员,
电焊工) before a given name of two characters is the name's surname: an occupation
stands before a full name, so 安全员籍海涛 names 籍海涛, not 海涛. A conjunction there
(和) is the word it is. Invented people."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _people(body: str) -> set[str]:
    return {p.name for p in page_facts(news_page(body)).articles[0].people}


def test_an_ambiguous_surname_after_an_occupation_opens_the_name():
    people = _people("9月30日，张红来到施工现场，为工会主席王红英、安全员籍海涛送上慰问品。")
    assert "籍海涛" in people
    assert "海涛" not in people


def test_a_conjunction_after_an_occupation_is_no_surname():
    people = _people("9月30日，张红来到施工现场，为安全员和海涛送上慰问品。")
    assert "和海涛" not in people
