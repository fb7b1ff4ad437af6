"""A yearbook's running head names its district by the short form and 年鉴 (某某年鉴):
the entries under it print 区总工会 bare, and it is that district's federation.
Invented entries and people; the districts are Beijing's."""

from __future__ import annotations

from tests.conftest import page_facts


def _yearbook(head: str) -> str:
    return (
        f"{head}                                        群众团体\n\n"
        "【区总工会召开全委会】 1月9日，区总工会召开全委会。区总工会主席柯明远"
        "作工作报告，会议表彰了先进基层工会。\n"
    )


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (p.name, p.title_normalised, p.org.name if p.org else None)
        for a in page_facts(text).articles
        for p in a.positions
    }


def test_a_district_yearbook_s_head_places_its_bare_district_federation():
    assert ("柯明远", "主席", "丰台区总工会") in _positions(_yearbook("丰台年鉴"))


def test_a_head_that_names_no_yearbook_places_nothing():
    found = _positions(_yearbook("丰台风采"))
    assert any(name == "柯明远" for name, _, _ in found)
    assert ("柯明远", "主席", "丰台区总工会") not in found
