"""A building site printed by a short name shaped as a person's, a trade word of building
or none, and the site's noun (走进吉某建筑工地, 来到华某项目部): the model reads the short
name as a person; it names the site (``org_suffixes.yaml`` site_trades, site_nouns). A
name elsewhere in the same sentence stays a person. Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "法律服务进工地\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


@pytest.mark.parametrize(
    "body",
    [
        "律师服务队走进吉成建筑工地，为80余名农民工提供法律咨询。",
        "工会干部来到吉成工地，为农民工送去清凉物资。",
    ],
)
def test_a_short_name_before_a_sites_noun_is_no_person(body):
    assert _people(body) == []


def test_a_titled_person_beside_the_site_stays_a_person():
    body = "县总工会副主席林秀英带队走进吉成建筑工地，为农民工提供法律咨询。"
    assert _people(body) == ["林秀英"]
