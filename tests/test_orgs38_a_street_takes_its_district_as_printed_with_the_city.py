"""A street or a town printed without its district takes the district the article names
(the annotation guidelines); where the article prints the district with its city in
the name of the district's own body (某市某区总工会), the street takes both, as the
gold writes it (某市某区某街道…). A firm's name opening with a city and a district is
no form of the district's. Seen in tuning sets' photo captions and briefs (session 52,
orgs38). Text, people and bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_street_after_a_city_and_district_union_takes_both():
    body = "8月1日，兰州市城关区总工会在青禾街道户外劳动者驿站为环卫工人送上绿豆汤。"
    assert "兰州市城关区青禾街道户外劳动者驿站" in first_article_resolved(body)


def test_a_street_after_a_district_union_takes_the_district():
    body = "8月1日，城关区总工会在青禾街道户外劳动者驿站为环卫工人送上绿豆汤。"
    assert "城关区青禾街道户外劳动者驿站" in first_article_resolved(body)
