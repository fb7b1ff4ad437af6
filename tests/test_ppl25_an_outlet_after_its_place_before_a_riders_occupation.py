"""A delivery firm's outlet printed after its place (某某配送某地站骑手某某) is the body a rider's occupation is held at, as an outlet right after the trade word is."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def test_an_outlet_after_its_place_before_a_riders_occupation():
    held = {
        (p.name, p.title_normalised, p.org_written)
        for a in page_facts(news_page("座谈会上，顺途配送西城站骑手韦海川发言。")).articles
        for p in a.positions
    }
    assert ("韦海川", "骑手", "顺途配送西城站") in held
