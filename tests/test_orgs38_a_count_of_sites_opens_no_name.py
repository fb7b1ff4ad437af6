"""A count of sites before a body's kind (某区建设三处户外劳动者驿站: built three stations):
处 is the measure of places, and a count by it is no part of a name, as a count by
家 or 个 is not. Seen on a tuning page's plenary report (session 52, orgs38). Text,
people and bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_stations_counted_by_chu_are_no_body():
    body = "去年，青禾区总工会在石门建设三处户外劳动者驿站。"
    assert first_article_resolved(body) == {"青禾区总工会"}
