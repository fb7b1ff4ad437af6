"""An election report that names the union's women workers' committee as it is set up
(大会同时产生了校工会女职工委员会) and then a name elected to head it (某某当选为女职工
委员会主任) holds the post at that union's committee, the union read through the
committee's name; with no union named at all, the committee stays as printed.
Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = "东岭工程大学第十次工会会员代表大会举行。"


def test_the_head_of_a_committee_set_up_by_the_school_union():
    text = news_page(_OPENING + "大会同时产生了校工会女职工委员会，施文当选为女职工委员会主任。")
    positions = first_article_positions(text)
    assert ("施文", "主任", "东岭工程大学工会女职工委员会") in positions
    assert ("施文", "主任", "女职工委员会") not in positions


def test_the_head_of_a_committee_named_in_full():
    text = news_page(
        _OPENING + "大会选举产生了东岭工程大学工会女职工委员会，施文当选为女职工委员会主任。"
    )
    assert ("施文", "主任", "东岭工程大学工会女职工委员会") in first_article_positions(text)


def test_with_no_union_named_the_committee_stays_as_printed():
    text = news_page("东岭区召开大会。施文当选为女职工委员会主任。")
    assert ("施文", "主任", "女职工委员会") in first_article_positions(text)
