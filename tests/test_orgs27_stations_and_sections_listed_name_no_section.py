"""各站、段工会 (every station's and section's union: the levels of a railway bureau
listed, 站段 split by a list mark) names no one section: the 段 after 、 was read as the
short form of the section the article named, making that section's union, an
organisation the page never names. A list item of one character after a determiner or at
a clause's head is a level, not the holder of a post. Near miss: a post's holder before
the mark (车间主任杨伟、段工会主席刘振海) leaves 段 the section's. Invented bodies and
people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_every_stations_and_sections_union_names_no_section():
    found = first_article_resolved(
        "白河机务段开展读书活动。路局工会要求各站、段工会做好职工书屋建设。"
    )
    assert "白河机务段工会" not in found


def test_a_bureau_and_a_section_listed_at_a_clause_head():
    found = first_article_resolved("白河机务段开展读书活动。局、段工会负责人到场指导。")
    assert "白河机务段工会" not in found


def test_a_holder_before_the_mark_leaves_the_section():
    text = news_page("白河机务段运用车间主任杨伟、段工会主席刘振海来到调车场。")
    assert ("刘振海", "主席", "白河机务段工会") in first_article_positions(text)
