"""A school's or a hospital's post printed after a word referring back (该校校长某某,
该院院长某某, 会议由该校党委书记某某主持), as reports of a visit to a school or a hospital
print its head once the article has named it in full: the post is held at the school or
hospital named before, as 该厂厂长 is at the works named before. A middle or primary
school is such a school too (its 校长, its 校工会). Invented names and units."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_middle_schools_head_after_gai_xiao():
    found = first_article_positions(
        news_page("市总工会慰问组来到青禾县第二中学，该校校长范丽华介绍了教职工之家建设情况。")
    )
    assert ("范丽华", "校长", "青禾县第二中学") in found


def test_a_colleges_party_secretary_after_a_preposition_and_gai_xiao():
    found = first_article_positions(
        news_page("会议由青禾职业技术学院承办，该校党委书记范丽华主持。")
    )
    assert ("范丽华", "党委书记", "青禾职业技术学院") in found


def test_a_hospitals_head_after_gai_yuan():
    found = first_article_positions(
        news_page("慰问组来到青禾县人民医院，该院院长范丽华、工会主席童国华陪同。")
    )
    assert ("范丽华", "院长", "青禾县人民医院") in found


def test_a_primary_schools_union_printed_short():
    found = first_article_positions(news_page("慰问组来到东风路小学，校工会主席冉晓梅介绍了情况。"))
    assert ("冉晓梅", "主席", "东风路小学工会") in found


def test_a_works_head_after_gai_chang_is_unchanged():
    found = first_article_positions(news_page("慰问组来到南河机械厂，该厂厂长童国华陪同。"))
    assert ("童国华", "厂长", "南河机械厂") in found


def test_no_school_named_before_gives_no_body():
    found = first_article_positions(news_page("该校校长范丽华介绍了情况。"))
    assert ("范丽华", "校长", None) in found
