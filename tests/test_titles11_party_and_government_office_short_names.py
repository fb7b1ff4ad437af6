"""A committee's or a government's general office printed by its usual short name (县委办:
中共某县委办公室; 县政府办, 市政府办: 某县人民政府办公室) is the body its head's post is held at,
as the full name is; in a chain after a standing member's post (县委常委、县委办主任某某)
the chain keeps both posts. Invented places and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def test_a_committee_office_head_after_a_standing_member_keeps_both_posts():
    text = news_page("青峰县委常委、县委办主任柯明远出席会议并讲话。")
    positions = first_article_positions(text)
    assert ("柯明远", "常委", "青峰县委") in positions
    assert ("柯明远", "主任", "青峰县委办") in positions


def test_a_government_office_head_is_held_at_the_office():
    text = news_page("青峰县总工会召开座谈会，县政府办副主任郑美玲出席。")
    assert ("郑美玲", "副主任", "县政府办") in first_article_positions(text)


def test_the_offices_and_bureaus_as_a_class_name_no_body():
    facts = page_facts(
        news_page("来自全区各街乡、委办局和非公企业的一百名工会主席柯明远等参加培训。")
    )
    names = {org.name for article in facts.articles for org in article.orgs}
    assert not any(name.endswith("委办") for name in names)
