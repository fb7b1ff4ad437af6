"""A county yearbook's running head (某某年鉴 under the county's short name) says whose
the bare 县总工会 of its entries is; the build read a city's or a district's yearbook so
but not a county's, whose short forms it reads nowhere on their own (real_dev22). A
county's short form that opens no paper's name places nothing. Text is invented (s53,
dev22b)."""

from __future__ import annotations

from tests.conftest import page_facts

_ENTRY = "1月10日  县总工会召开十届三次全委会议，县总工会主席林安国作工作报告。\n"


def _resolved(text: str) -> set[str]:
    return {o.resolved.name for a in page_facts(text).articles for o in a.orgs}


def test_a_county_yearbooks_head_completes_the_bare_county_union():
    assert "安化县总工会" in _resolved("安化年鉴（1997）\n县总工会大事记\n1996年\n" + _ENTRY)


def test_a_county_short_form_opening_no_paper_places_nothing():
    assert "安化县总工会" not in _resolved("安化风物（1997）\n县总工会大事记\n1996年\n" + _ENTRY)
