"""A post held in residence (驻站律师, 驻点律师) keeps 驻站 in its title, as printed;
the station is no body of the post's own."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _held(body: str) -> set[tuple[str, str, str | None]]:
    return {
        (p.name, p.title_normalised, p.org_written)
        for a in page_facts(news_page(body)).articles
        for p in a.positions
    }


def test_a_resident_lawyers_title_keeps_where_he_is_stationed():
    held = _held("服务站安排了驻站律师韦海川提供法律援助。")
    assert ("韦海川", "驻站律师", None) in held


def test_a_resident_lawyer_and_his_firm_in_one_chain():
    held = _held("镇总工会安排驻站律师、青禾某某律师事务所律师韦海川提供法律援助。")
    assert ("韦海川", "驻站律师", None) in held
    assert ("韦海川", "律师", "青禾某某律师事务所") in held
