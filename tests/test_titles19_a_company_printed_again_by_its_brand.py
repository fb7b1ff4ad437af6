"""A company an article names in full (东岭装备制造股份有限公司) and then again by its
brand alone, the trade cut short (东岭装备党委副书记, 东岭装备工会主席), is the company the
posts are held at, and its union the company's union. A brand the full name does not
open with (东岭机床), or one printed with no company named before, stays as printed.
Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = "东岭装备制造股份有限公司召开职代会。"


def test_a_party_post_after_the_brand_is_held_at_the_company():
    text = news_page(_OPENING + "东岭装备党委副书记贾玉清表示，将继续深化改革。")
    assert ("贾玉清", "党委副书记", "东岭装备制造股份有限公司") in first_article_positions(text)


def test_a_chain_of_a_party_post_and_the_union_chair_after_the_brand():
    text = news_page(_OPENING + "东岭装备党委副书记、工会主席贾玉清作报告。")
    positions = first_article_positions(text)
    assert ("贾玉清", "党委副书记", "东岭装备制造股份有限公司") in positions
    assert ("贾玉清", "主席", "东岭装备制造股份有限公司工会") in positions


def test_a_brand_the_company_does_not_open_with_stays_as_printed():
    text = news_page(_OPENING + "东岭机床工会主席贾玉清作报告。")
    assert ("贾玉清", "主席", "东岭机床工会") in first_article_positions(text)


def test_a_brand_with_no_company_named_before_names_no_company():
    text = news_page("东岭装备党委副书记贾玉清表示，将继续深化改革。")
    positions = first_article_positions(text)
    assert not any(org and org.endswith("有限公司") for _, _, org in positions)
