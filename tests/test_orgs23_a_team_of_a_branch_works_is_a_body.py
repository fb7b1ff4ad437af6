"""A team of a branch works printed after its enterprise's whole name (某公司铸造分厂行车班,
as award lists of 工人先锋号 name the teams of a plant's branch works) is one body, the
team of that branch: the part before the team is a whole name and a unit of its own, which
the resolver now reads as the grammar and the units' reader do. Before, the whole name was
dropped, the enterprise with it (nothing was listed). Near misses: a team right after the
company (某公司行车班) is read as before; a sentence's words before a body's section
(会议由区人社局劳动关系科主持) open no body. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_branch_works_team_given_an_award_is_listed():
    found = first_article_resolved("青禾机械有限公司铸造分厂行车班荣获“工人先锋号”称号。")
    assert "青禾机械有限公司铸造分厂行车班" in found


def test_a_post_in_a_branch_works_team_is_held_at_the_team():
    found = first_article_positions(news_page("青禾机械有限公司铸锻分厂行车班班长李明出席。"))
    assert ("李明", "班长", "青禾机械有限公司铸锻分厂行车班") in found


def test_a_team_right_after_the_company_is_read_as_before():
    assert "青禾机械有限公司行车班" in first_article_resolved("青禾机械有限公司行车班荣获称号。")


def test_words_of_a_sentence_before_a_section_open_no_body():
    found = first_article_resolved("会议由区人社局劳动关系科主持。")
    assert not any(name.startswith("会议") for name in found)
