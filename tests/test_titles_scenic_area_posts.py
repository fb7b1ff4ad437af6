"""A scenic area (某景区) printed before a worker's post is the body the post is held at,
as a hospital before a nurse is; its grade (5A景区) or a locative (镇里景区多) before
景区 names no body (invented names and places)."""

from __future__ import annotations

from tests.conftest import first_article_positions, page_facts

_HEAD = "青禾市职工读书分享会举行\n本报讯 5月7日，青禾市总工会举办职工读书分享会。\n"


def _org_names(text: str) -> set[str]:
    return {o.written for o in page_facts(text).articles[0].orgs}


def test_a_guide_after_a_scenic_areas_name_holds_the_post_at_the_area():
    found = first_article_positions(
        _HEAD + "石湾县人民医院护士长祁秀英、青禾龙泉洞景区讲解员韦海川分享了体会。\n"
    )
    assert ("韦海川", "讲解员", "青禾龙泉洞景区") in found
    assert ("祁秀英", "护士长", "石湾县人民医院") in found


def test_a_scenic_area_beside_a_union_is_an_organisation():
    text = _HEAD + "石湾县总工会与石湾湿地景区联合开展寻访劳模活动。\n"
    assert "石湾湿地景区" in _org_names(text)


def test_a_scenic_areas_grade_or_a_locative_names_no_body():
    text = _HEAD + "5A景区、4A级景区和AAAAA级景区都派人参加，镇里景区多，各景区都很忙。\n"
    names = _org_names(text)
    assert not any(n.endswith("景区") for n in names)


def test_a_guide_with_no_body_before_keeps_no_organisation():
    found = first_article_positions(_HEAD + "在景区入口，讲解员韦海川说，游客很多。\n")
    assert ("韦海川", "讲解员", None) in found
