"""A works section's union (工段工会) and a tender section's (标段工会) printed short after
the article named the section's union or its project department in full are that body's
union, one organisation, as 项目工会 is the project's: they were kept as printed beside the
full name, one organisation too many. Near misses: with no such section named before, the
short form is kept as printed, as before. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_works_sections_union_is_the_one_named():
    body = "红星钢铁厂轧钢工段工会组织职工体检。工段工会主席孙立出席。"
    assert ("孙立", "主席", "红星钢铁厂轧钢工段工会") in first_article_positions(news_page(body))
    assert first_article_resolved(body) == {"红星钢铁厂轧钢工段工会"}


def test_a_tender_sections_union_is_the_one_named():
    found = first_article_resolved("宁远高速公路三标段工会开展技能比武。标段工会主席王立新出席。")
    assert found == {"宁远高速公路三标段工会"}


def test_a_tender_sections_project_department():
    text = news_page("宁远高速公路三标段项目部开展技能比武。标段工会主席王立新出席。")
    found = first_article_positions(text)
    assert ("王立新", "主席", "宁远高速公路三标段项目部工会") in found


def test_with_none_named_the_short_form_is_kept():
    found = first_article_resolved("红星钢铁厂开展安全月活动。工段工会主席孙立出席。")
    assert "工段工会" in found
