"""A province's defence science and industry office printed by its official short form
(省国防科工办党组书记、主任某某) is a government body: 科工办 ends the name, and the
office's head holds both posts at it. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_the_defence_industry_office_is_read():
    found = first_article_resolved("四川省总工会副主席王某，省国防科工办党组书记、主任李某出席。")
    assert "四川省国防科工办" in found
