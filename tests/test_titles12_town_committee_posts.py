"""A town's Party committee printed by its short name (某镇委, 某乡委: 镇委书记、镇长某某)
is a Party body like 某区委, so its secretary holds 书记 at it, never 委书记 at the town;
the town's head after it in the chain holds his post at the town, as towns are their own
administrations, where a district's head after 某区委 stays at no body. Invented places
and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_town_committee_s_secretary_holds_shuji_at_the_committee():
    text = news_page("柳河镇委书记、镇长柯明远出席会议。")
    positions = first_article_positions(text)
    assert ("柯明远", "书记", "柳河镇委") in positions
    assert ("柯明远", "委书记", "柳河镇") not in positions


def test_a_town_s_head_after_its_committee_holds_the_post_at_the_town():
    text = news_page("柳河乡委副书记、乡长柯明远出席会议。")
    assert ("柯明远", "乡长", "柳河乡") in first_article_positions(text)


def test_a_bare_town_committee_is_the_one_named_before():
    text = news_page("柳河镇委书记柯明远出席会议。镇委副书记罗志平主持会议。")
    assert ("罗志平", "副书记", "柳河镇委") in first_article_positions(text)


def test_a_district_s_head_after_its_committee_stays_at_no_body():
    text = news_page("青峰区委副书记、区长柯明远出席会议。")
    assert ("柯明远", "区长", None) in first_article_positions(text)
