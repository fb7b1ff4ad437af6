"""A union's funds review committee printed by its shortest form in an election
(选举某为经审主任, 某当选为经审主任; tests/fixtures/ANNOTATION.md: inner bodies stay in
the title) keeps 经审 in the title, as 经审会主任 does, at the union the election is of
(invented names and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_UNION = "青禾电子有限公司工会"
#: The congress the elections are reported at: it names the company, not its union.
_OPENING = "3月2日，青禾电子有限公司召开第一次工会会员代表大会。"


def test_a_funds_review_chair_elected_with_wei_keeps_jingshen_in_the_title():
    found = first_article_positions(
        news_page(_OPENING + "会议选举王立新为公司工会主席，赵春梅为经审主任，孙国强为女职委主任。")
    )
    assert ("赵春梅", "经审主任", _UNION) in found
    assert ("赵春梅", "主任", _UNION) not in found
    assert ("孙国强", "女职委主任", _UNION) in found


def test_a_funds_review_chair_elected_after_the_name_keeps_jingshen():
    found = first_article_positions(
        news_page(_OPENING + "王立新当选为公司工会主席，赵春梅当选为经审主任。")
    )
    assert ("赵春梅", "经审主任", _UNION) in found


def test_a_funds_review_meeting_names_no_post():
    found = first_article_positions(
        news_page("3月2日，青禾电子有限公司工会召开经审工作会议，工会主席孙国强主持。")
    )
    assert {title for _, title, _ in found} == {"主席"}


def test_a_chair_of_the_funds_review_committee_by_its_longer_name_stays_a_committee_post():
    found = first_article_positions(
        news_page(_OPENING + "王立新同志当选为公司工会主席，赵春梅同志当选为经审委员会主任。")
    )
    assert ("赵春梅", "主任", "青禾电子有限公司工会经审委员会") in found
    assert not any(title == "经审委员" for _, title, _ in found)
