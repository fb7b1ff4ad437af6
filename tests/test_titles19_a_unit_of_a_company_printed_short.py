"""A unit with its own suffix printed after the word for its enterprise's kind alone
(公司质检中心, 集团营销中心, 公司重型装备厂) is the unit of the enterprise the article named
before, as 公司工会 is that company's union: the post held there is held at the unit
under the enterprise's full name. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_centre_after_company_alone_is_the_named_companys_centre():
    text = news_page(
        "检查组来到青禾恒远建材有限公司。在公司质检中心，中心主任钱玉兰展示了新建的职工书屋。"
    )
    positions = first_article_positions(text)
    assert ("钱玉兰", "主任", "青禾恒远建材有限公司质检中心") in positions
    assert ("钱玉兰", "主任", "公司质检中心") not in positions


def test_a_works_after_company_alone_is_the_named_companys_works():
    body = (
        "调研组到东岭重型机械股份有限公司调研。在公司重型装备厂，厂长周建平汇报了技能人才培养情况。"
    )
    assert ("周建平", "厂长", "东岭重型机械股份有限公司重型装备厂") in first_article_positions(
        news_page(body)
    )


def test_a_centre_after_group_alone_is_the_named_groups_centre():
    body = "青禾电力集团召开工会工作会议。集团营销中心副主任姜春丽作交流发言。"
    assert "青禾电力集团营销中心" in first_article_resolved(body)


def test_company_alone_with_no_company_named_before_stays_as_printed():
    body = "区总工会来到公司质检中心，中心主任钱玉兰介绍了职工书屋。"
    assert "公司质检中心" in first_article_resolved(body)


def test_a_company_union_printed_short_is_still_the_companys_union():
    body = "检查组来到青禾恒远建材有限公司。公司工会主席任丽芳介绍了安全生产情况。"
    assert "青禾恒远建材有限公司工会" in first_article_resolved(body)
    assert "青禾恒远建材有限公司工会工会" not in first_article_resolved(body)
