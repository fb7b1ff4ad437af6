"""A union's women workers' committee printed by its short form between a body and a
post (某矿工会女工委主任某某, 某厂女工委主任某某) names no body of its own: the post is
女工委主任 at the union (tests/fixtures/ANNOTATION.md; real_dev2's gold), the name ends at
the body. 女工委 ends with 工委 (a street's Party working committee) and the grammar read
某矿工会女工委 as a body. Near misses: a street's working committee before its secretary
stays a body; the committee's full name before a post stays the committee; the short form
acting on its own is left as it was. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_MINE = "铜峪煤矿工会女工委主任柳芳介绍了女工家属协管工作经验。"


def test_the_committee_before_a_post_is_no_body():
    found = first_article_resolved(_MINE)
    assert "铜峪煤矿工会" in found
    assert not any(name.endswith("女工委") for name in found)


def test_the_post_is_the_unions():
    found = first_article_positions(news_page(_MINE))
    assert ("柳芳", "女工委主任", "铜峪煤矿工会") in found


def test_a_deputy_after_a_mining_areas_union():
    found = first_article_resolved("平川矿区工会女工委副主任翟红梅带队检查。")
    assert "平川矿区工会" in found
    assert not any(name.endswith("女工委") for name in found)


def test_a_works_committee_with_no_union_printed_names_no_body():
    found = first_article_resolved("晋北重型机械厂女工委主任柳芳主持座谈会。")
    assert "晋北重型机械厂女工委" not in found


def test_a_streets_working_committee_before_its_secretary_stays_a_body():
    assert "青枫街道工委" in first_article_resolved("青枫街道工委书记孙海涛出席会议。")


def test_the_committees_full_name_before_a_post_stays_the_committee():
    found = first_article_resolved("晋北重型机械厂工会女职工委员会主任柳芳主持会议。")
    assert "晋北重型机械厂工会女职工委员会" in found
