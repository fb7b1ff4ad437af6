"""A rest station of outdoor workers named by the workers it serves (某街道骑手驿站,
某镇环卫驿站, 某街道户外劳动者驿站) after the street or the town that keeps it is a body
the union's tour visits; 驿站 ended no name, and the station was lost. A union's own
工会驿站 and a bare kind stay no body. Seen in two tuning sets' consolation tours
(session 52, orgs38). Text, people and bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_streets_riders_station_is_a_body():
    body = "青禾区总工会一行来到柳荫街道闪送骑手驿站，为骑手送上手套。"
    assert "柳荫街道闪送骑手驿站" in first_article_resolved(body)


def test_a_towns_sanitation_station_is_a_body():
    body = "青禾县总工会察看了石门镇东城环卫驿站。"
    assert "石门镇东城环卫驿站" in first_article_resolved(body)


def test_a_counted_kind_of_station_is_no_body():
    body = "青禾区总工会走进区内三家骑手驿站，送上慰问品。"
    assert first_article_resolved(body) == {"青禾区总工会"}
