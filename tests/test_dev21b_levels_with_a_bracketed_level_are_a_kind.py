"""各县（市）区总工会: levels of place listed with a bracketed level between them name the
federations of every county, city and district, no 区总工会 of one place. Invented text."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_a_bracketed_level_before_a_federation_makes_it_a_kind():
    orgs = first_article_orgs("各县（市）区总工会负责人参加了会议。")
    assert not any(o.endswith("区总工会") for o in orgs)


def test_a_federation_named_in_full_is_kept():
    # near miss: a district named, one body
    orgs = first_article_orgs("南平区总工会负责人参加了会议。")
    assert "南平区总工会" in orgs or any(o.endswith("南平区总工会") for o in orgs)
