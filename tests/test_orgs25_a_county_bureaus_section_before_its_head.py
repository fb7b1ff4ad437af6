"""A county bureau's section ending in 股 before its head (某区住建局综合股股长某某,
某县教育局人事股股长某某) is a body of its own, the post 股长 held there, as a city
bureau's 科 is (tests/fixtures/ANNOTATION.md: the sections of any body printed with it
before a post). 股 was no unit ending and 股长 no title, so the bureau alone was found and
the head had no post. Near misses: 控股, 参股 and 入股 after a group's name are no section.
Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_SECTION = "新城区住房和城乡建设局综合股股长徐明参加培训。"


def test_the_section_is_a_body():
    assert "新城区住房和城乡建设局综合股" in first_article_resolved(_SECTION)


def test_its_head_holds_the_post_there():
    found = first_article_positions(news_page(_SECTION))
    assert ("徐明", "股长", "新城区住房和城乡建设局综合股") in found


def test_a_county_education_bureaus_personnel_section():
    found = first_article_positions(news_page("新城县教育局人事股股长徐明参加培训。"))
    assert ("徐明", "股长", "新城县教育局人事股") in found


def test_holdings_of_a_group_are_no_section():
    found = first_article_resolved("青禾集团控股、参股企业工会主席参加培训。")
    assert "青禾集团" in found
    assert not any(name.endswith("股") for name in found)


def test_buying_shares_is_no_section():
    found = first_article_resolved("青禾集团入股后，企业职工收入提高。")
    assert not any(name.endswith("股") for name in found)
