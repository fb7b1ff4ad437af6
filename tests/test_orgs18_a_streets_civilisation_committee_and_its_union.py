"""A street's or a district's committee for spiritual civilisation (精神文明建设委员会,
short 文明委) is a body of its own, typed as its office 文明办 is (party_body); its name
was cut to the street (某街道|精神文明|建设|委员会). A street's federation printed short
after a street body (某街道办事处与街道总工会, 某街道精神文明建设委员会与街道总工会)
is that street's: the street named with its body counts as the street, as a street
federation's own name does. A lead of s37's morning review (orgs18). Text and events are
invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import news_page, page_facts


def _resolved(text: str) -> dict[str, str | None]:
    article = page_facts(news_page(text)).articles[0]
    return {o.written: (o.resolved.name if o.resolved else None) for o in article.orgs}


def test_a_streets_civilisation_committee_is_found_whole():
    spans = find_org_spans("东城街道精神文明建设委员会与街道总工会联合举办活动。")
    assert ("东城街道精神文明建设委员会", "party_body") in [
        (s.written, s.type.value) for s in spans
    ]


def test_a_districts_civilisation_committee_by_its_short_name():
    written = [s.written for s in find_org_spans("区文明委、区总工会联合表彰一批文明职工。")]
    assert "区文明委" in written


def test_the_street_federation_after_the_committee_is_the_streets():
    found = _resolved("东城街道精神文明建设委员会与街道总工会联合举办活动。")
    assert found.get("街道总工会") == "东城街道总工会"


def test_the_street_federation_after_the_street_office_is_the_streets():
    found = _resolved("东城街道办事处与街道总工会联合举办活动。")
    assert found.get("街道总工会") == "东城街道总工会"


def test_the_work_of_civilisation_names_no_committee():
    assert find_org_spans("全市精神文明建设委员会成员单位参加。") == []


def test_a_rural_commission_names_no_town():
    found = _resolved("市城乡建设委员会与乡总工会联合举办活动。")
    assert "乡总工会" not in found or found["乡总工会"] != "市城乡总工会"
