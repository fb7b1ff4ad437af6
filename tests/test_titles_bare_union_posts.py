"""A bare 工会主席 after the union an article names: invented enterprises and meetings.

A bare 工会主席 right after an enterprise's own union (or any union of the same
paragraph) is that union's post; an industry's union of the paragraph before is not the
body a reporting enterprise's bare 工会主席 names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_bare_union_chair_after_an_enterprise_s_union_holds_that_union_s_chair():
    text = news_page("8月13日，北京青禾重机有限公司工会举行会员大会。工会主席柯景辉主持会议。")
    assert ("柯景辉", "主席", "北京青禾重机有限公司工会") in first_article_positions(text)


def test_an_election_to_a_bare_union_chair_after_the_union_s_founding_is_at_that_union():
    text = news_page(
        "8月13日，青禾重机工会成立暨首届职工代表大会举行。"
        "会议选举柯景辉同志为工会主席，宋军、卫萍同志为工会副主席。"
    )
    positions = first_article_positions(text)
    assert ("柯景辉", "主席", "青禾重机工会") in positions
    assert ("卫萍", "副主席", "青禾重机工会") in positions


def test_a_bare_union_post_after_an_industry_union_of_the_paragraph_before_is_not_its():
    text = news_page("12月24日，四川省教育工会副主席宋玉芝到会祝贺。\n\n工会副主席甘明亮作报告。")
    assert ("甘明亮", "副主席", "四川省教育工会") not in first_article_positions(text)


def test_a_bare_union_post_after_an_enterprise_s_union_of_the_paragraph_before_is_its():
    text = news_page("12月24日，北京青禾重机有限公司工会举行会员大会。\n\n工会主席柯景辉作报告。")
    assert ("柯景辉", "主席", "北京青禾重机有限公司工会") in first_article_positions(text)
