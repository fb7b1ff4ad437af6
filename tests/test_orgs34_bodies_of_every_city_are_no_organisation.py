"""A notice's salutation to the unions of every city or institution (各市州金融工会，
省直各金融机构工会：) names a kind of body and many of them, no organisation: the
determiner 各 'each' inside the name or glued right before it (各市|州) makes it a generic
plural. The sending federation's own short form then resolves to it, not to a plural.
Invented notice."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_resolved


def _written(text: str) -> list[str]:
    return [span.written for span in find_org_spans(text)]


def test_the_salutations_plurals_are_no_organisations():
    assert _written("各市州金融工会，省直各金融机构工会：") == []


def test_the_sender_stays_beside_the_plural():
    assert _written("湖北省金融工会要求各市州金融工会做好工作。") == ["湖北省金融工会"]


def test_the_federations_short_form_is_not_read_as_the_plural():
    found = first_article_resolved(
        "湖北省金融工会印发通知。省直各金融机构工会：经省金融工会审核，决定表彰先进。"
    )
    assert "湖北省金融工会" in found
    assert not any("各" in name for name in found)
