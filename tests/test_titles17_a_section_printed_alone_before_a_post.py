"""A section of an enterprise its own report prints without the enterprise, at the head
of a clause, before a post and a name (…举办技能大赛。配送部经理甲、审评部经理乙担任评委;
质检部检验员丙获第一名): the post is held at that section of the company the article named
before. After no company the post stays of no body, and a longer phrase ending in 部 (a
federation's department) is no section printed alone. Invented bodies and people."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page


def test_a_managers_post_after_a_section_is_held_at_the_companys_section():
    text = news_page("日前，青禾茶业公司举办技能大赛。配送部经理钟小颖、审评部经理魏小聪担任评委。")
    positions = first_article_positions(text)
    assert ("钟小颖", "经理", "青禾茶业公司配送部") in positions
    assert ("魏小聪", "经理", "青禾茶业公司审评部") in positions


def test_a_sections_head_sharing_its_bu_is_held_at_the_companys_section():
    text = news_page("日前，青禾茶业公司举办技能大赛。质检部部长章小慧讲话。")
    assert ("章小慧", "部长", "青禾茶业公司质检部") in first_article_positions(text)


def test_after_a_federation_the_section_gives_no_company():
    text = news_page("日前，市总工会举办技能比武。质检部检验员章小慧获第一名。")
    assert ("章小慧", "检验员", None) in first_article_positions(text)


def test_a_federations_department_after_a_company_stays_the_federations():
    text = news_page("日前，青禾茶业公司召开职代会。省总工会生产部部长章小慧讲话。")
    assert ("章小慧", "部长", "青禾茶业公司省总工会生产部") not in first_article_positions(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            news_page("日前，蓝江电缆有限公司举办技能比武。质检部检验员章小慧获第一名。"),
            id="after_the_company",
        ),
        pytest.param(
            news_page(
                "蓝江电缆有限公司工会召开会议。会后，工会组织技能比武。质检部检验员章小慧获第一名。"
            ),
            id="after_a_bare_union_the_article_named_in_full",
        ),
        pytest.param(
            "蓝江电缆有限公司工会2023年工作总结\n\n"
            "一年来，公司工会紧紧围绕生产经营中心开展工作。\n\n"
            "9月，组织第六届职工技能比武，156名职工参赛。质检部检验员章小慧获第一名。\n",
            id="in_the_enterprises_own_report_with_no_body_near",
        ),
    ],
)
def test_an_occupation_after_a_section_is_read_and_held_at_the_companys_section(text):
    assert ("章小慧", "检验员", "蓝江电缆有限公司质检部") in first_article_positions(text)
