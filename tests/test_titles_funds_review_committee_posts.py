"""A union's funds review committee (经费审查委员会) printed after the union in a chain,
or opening an officer's line of no body, names the post held at the union, as union
officer lists give it; the women workers' committee stays a body of its own (invented
names and bodies)."""

from __future__ import annotations

from gonghui_build.extract.people.titles import parse_chain
from tests.conftest import first_article_positions


def _claims(text: str, name: str) -> list[tuple[str, str | None]]:
    return [(c.title_normalised, c.org_written) for c in parse_chain(text, text.index(name))]


def test_a_funds_committee_after_a_unions_title_is_part_of_the_post_at_the_union():
    text = "青禾市纺织工会副主席、经费审查委员会主任韦海川出席。"
    assert _claims(text, "韦海川") == [
        ("副主席", "青禾市纺织工会"),
        ("经费审查委员会主任", "青禾市纺织工会"),
    ]


def test_a_womens_committee_after_a_unions_title_stays_a_body_of_the_union():
    text = "青禾市纺织工会副主席、女职工委员会主任韦海川出席。"
    assert ("主任", "青禾市纺织工会女职工委员会") in _claims(text, "韦海川")


def test_a_committee_after_a_body_of_no_union_stays_a_body():
    text = "青禾区政协副主席、经费审查委员会主任韦海川出席。"
    assert ("经费审查委员会主任", "青禾区政协") not in _claims(text, "韦海川")


def test_a_funds_committees_head_in_an_officer_list_is_the_unions():
    found = first_article_positions(
        "石湾县总工会概况\n石湾县总工会主席：柏立秋；副主席：祁光辉；经费审查委员会主任：韦海川。\n"
    )
    assert ("韦海川", "经费审查委员会主任", "石湾县总工会") in found
