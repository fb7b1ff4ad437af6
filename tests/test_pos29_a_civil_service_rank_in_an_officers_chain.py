"""某市总工会党组书记、常务副主席甲，副主席、一级巡视员乙: a chain of no body of a union
officer's title and a civil servant's rank (``titles.yaml`` civil_service_ranks) after a
chain naming the federation is held at that federation, rank and post alike, as a lone
副主席 after it is, whichever way the first holder's name is read (于昆山: 于, a surname and a
preposition). Invented names; the city is real."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_rank_beside_an_officers_title_is_held_at_the_union_named_before():
    found = first_article_positions(
        news_page(
            "鞍山市总工会党组书记、常务副主席于昆山，副主席、二级巡视员季红梅为获奖选手颁奖。"
        )
    )
    assert ("季红梅", "副主席", "鞍山市总工会") in found
    assert ("季红梅", "二级巡视员", "鞍山市总工会") in found
