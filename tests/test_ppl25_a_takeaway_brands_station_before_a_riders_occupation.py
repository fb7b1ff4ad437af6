"""外卖 is a trade word of a delivery brand: 某某外卖站骑手某某 holds the rider at the brand's station."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def test_a_takeaway_brands_station_before_a_riders_occupation():
    held = {
        (p.name, p.title_normalised, p.org_written)
        for a in page_facts(news_page("座谈会上，顺途外卖站骑手韦海川发言。")).articles
        for p in a.positions
    }
    assert ("韦海川", "骑手", "顺途外卖站") in held
