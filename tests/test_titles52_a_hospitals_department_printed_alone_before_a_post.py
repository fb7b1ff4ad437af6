"""A hospital's clinical department printed without the hospital (心内科, 急诊科: a
unit's word and 科, ``org_suffixes.yaml`` sections_of_institutions_alone) before a post
and a name, once the report has named the hospital, holds the post at that department
of the hospital, as 护理部主任某某 does; the hospital's own union named by its short
form before it (院工会) is read as the union the article names in full, so its hospital
is the body. Before, the post was left with no body. Near miss: after a federation
(某市总工会) a 科 printed alone names no body. Invented hospitals, bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_clinical_departments_post_is_held_at_the_hospital_named_before():
    body = (
        "日前，青川市第三人民医院召开表彰会。心胸外科护士长王红英、神经内科主任医师张小梅获评优秀。"
    )
    posts = _posts(body)
    assert ("王红英", "护士长", "青川市第三人民医院心胸外科") in posts
    assert ("张小梅", "主任医师", "青川市第三人民医院神经内科") in posts


def test_the_hospitals_union_by_its_short_form_names_the_hospital():
    body = (
        "11月3日是青川市第三人民医院建院60周年纪念日。当天，院工会“暖心小屋”在门诊楼揭牌。"
        "院党委书记刘永成为小屋揭牌，急诊科护士长王红英等20余名职工参加。"
    )
    assert ("王红英", "护士长", "青川市第三人民医院急诊科") in _posts(body)


def test_a_section_after_a_federation_names_no_body():
    body = "日前，青川市总工会召开会议。财务科科长王红英参加。"
    assert ("王红英", "科长", None) in _posts(body)
