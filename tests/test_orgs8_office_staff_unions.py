"""A body's own staff union (机关工会) printed after the body's name is one union, the
body's, not the body alone; 机关工会 after a determiner stays a kind of union.
Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def written_orgs(body: str) -> set[str]:
    """The organisations of a one-item news page of ``body``, as printed."""
    return {o.name_as_written for o in page_facts(news_page(body)).articles[0].orgs}


def test_a_group_s_staff_union_is_found_whole():
    assert "青峰集团机关工会" in written_orgs("青峰集团机关工会召开会员大会。")


def test_a_federation_s_staff_union_is_found_whole():
    assert "青枫市总工会机关工会" in written_orgs("青枫市总工会机关工会开展读书分享活动。")


def test_a_chair_elected_at_a_staff_union_is_held_there():
    text = news_page("青峰集团机关工会召开会员大会，选举甘立新为机关工会主席。")
    assert ("甘立新", "主席", "青峰集团机关工会") in first_article_positions(text)


def test_staff_unions_after_a_determiner_are_no_body():
    assert not any("机关工会" in w for w in written_orgs("各级机关工会要积极开展活动。"))
