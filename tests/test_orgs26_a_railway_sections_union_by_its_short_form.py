"""A railway section's union or committee printed short by its own news (段工会主席某某,
段党委书记某某, after 某机务段 was named) is the section's, as 厂工会 is the works' the
article named (test_orgs25_a_surname_and_a_bodys_suffix_is_no_name left the post unread):
jieba reads 段 as a measure word and the walk stopped before it, so the post was held at
a bare 工会, which names no body. Read only at a clause's head or after an anaphor.
Near misses: a stretch of time (一段工会工作经历) names no body; with no section named
before, the short form names none. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_DEPOT = "白河机务段工会开展亲子活动。"


def test_the_chair_is_held_at_the_sections_union():
    found = first_article_positions(news_page(_DEPOT + "段工会主席刘振海出席活动。"))
    assert ("刘振海", "主席", "白河机务段工会") in found


def test_a_deputy_after_a_track_section():
    found = first_article_positions(
        news_page("青山工务段工会开展送清凉活动。段工会副主席刘海波出席活动。")
    )
    assert ("刘海波", "副主席", "青山工务段工会") in found


def test_the_sections_committee_holds_its_secretary():
    found = first_article_positions(news_page("白河机务段开展亲子活动。段党委书记刘振海出席。"))
    assert ("刘振海", "党委书记", "白河机务段") in found


def test_a_stretch_of_union_work_names_no_body():
    found = first_article_resolved(_DEPOT + "他有过一段工会工作经历。")
    assert found == {"白河机务段工会"}


def test_no_section_named_before_names_no_body():
    found = first_article_resolved("市总工会开展慰问活动。段工会主席刘振海出席活动。")
    assert not any(name.startswith("段") for name in found)
