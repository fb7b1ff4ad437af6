"""A brand jieba cuts into single characters, one of them a verb (快 达), is an unknown
name's pieces, no word of speech: the body of the occupation after it."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def test_a_brand_jieba_cuts_into_single_characters_before_an_occupation():
    held = {
        (p.name, p.title_normalised, p.org_written)
        for a in page_facts(news_page("座谈会上，快达配送站骑手韦海川发言。")).articles
        for p in a.positions
    }
    assert ("韦海川", "骑手", "快达配送站") in held
