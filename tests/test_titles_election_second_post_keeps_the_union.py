"""An election's second item names a union's own committee after the first named the
bare 工会 (选举甲同志为工会主席，乙同志为女职工委员会主任): that committee is the one of
the union the first item's 工会 is, as founding reports of company unions print it.
Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_UNION = "青禾机械有限公司工会"


def test_a_committee_after_an_elected_bare_union_chair_is_that_union_s_committee():
    text = news_page(
        "8月3日，青禾机械有限公司召开首届工会会员代表大会，选举柯立新同志为工会主席，"
        "宋秀梅同志为女职工委员会主任。"
    )
    positions = first_article_positions(text)
    assert ("柯立新", "主席", _UNION) in positions
    assert ("宋秀梅", "主任", _UNION + "女职工委员会") in positions


def test_a_committee_after_the_named_union_s_election_is_that_union_s_committee():
    text = news_page(
        "8月3日，青禾机械有限公司工会召开会员代表大会。会上，选举柯立新同志为工会主席，"
        "卫小军同志为经费审查委员会主任，宋秀梅同志为女职工委员会主任。"
    )
    positions = first_article_positions(text)
    assert ("卫小军", "经费审查委员会主任", _UNION) in positions
    assert ("宋秀梅", "主任", _UNION + "女职工委员会") in positions


def test_a_committee_elected_where_no_body_is_named_keeps_no_union():
    text = news_page("会上，选举柯立新同志为工会主席，宋秀梅同志为女职工委员会主任。")
    found = {p for p in first_article_positions(text) if p[0] == "宋秀梅"}
    assert not [p for p in found if p[2] and p[2].endswith(_UNION + "女职工委员会")]
