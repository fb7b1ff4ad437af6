"""A unit's head printed bare before a name (厂长某某, 院长某某) after the article names
the unit: the title is held at that unit, as a reader takes it; where another body was
named between, or the unit is of another kind, the title is left without a body
(invented names, places and bodies)."""

from __future__ import annotations

from gonghui_build.extract.people.unit_heads import headed_unit
from tests.conftest import first_article_positions


def _page(body: str) -> str:
    return "石湾县总工会慰问一线职工\n" + body + "\n"


def test_a_bare_head_after_the_unit_named_in_the_same_sentence_is_its_head():
    found = first_article_positions(_page("6月3日，慰问组来到青禾纺织厂，厂长韦海川陪同。"))
    assert ("韦海川", "厂长", "青禾纺织厂") in found


def test_a_bare_head_after_the_unit_named_in_the_sentence_before_is_its_head():
    found = first_article_positions(
        _page("6月3日，慰问组来到石湾县青禾镇卫生院。院长韦海川介绍了职工之家的建设。")
    )
    assert ("韦海川", "院长", "石湾县青禾镇卫生院") in found


def test_a_bare_head_after_a_body_of_another_kind_names_no_body():
    found = first_article_positions(
        _page("6月3日，慰问组来到青禾纺织厂和石湾县总工会，厂长韦海川陪同。")
    )
    assert ("韦海川", "厂长", None) in found


def test_a_deputy_head_heads_the_same_kind_of_unit():
    assert headed_unit("副站长") == "站"
    assert headed_unit("大队长") == "大队"
    assert headed_unit("主席") is None


def test_a_brigade_head_after_the_brigade_is_held_at_it():
    found = first_article_positions(
        _page("6月3日，石湾县人社局劳动监察大队大队长韦海川讲解劳动合同法。")
    )
    assert ("韦海川", "大队长", "石湾县人社局劳动监察大队") in found
