"""An enterprise's union elects its officers in one sentence (选举甲为公司工会主席，乙为
副主席，丙为女职工委员会主任): the later items, which name no body, hold their posts at
the union the first item names, not at a guest's federation named earlier, and a women
workers' committee elected so is that union's. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions

_TEXT = (
    "本报讯 10月13日上午，青禾肥业有限公司召开职工大会，选举产生第一届工会委员会。"
    "开发区总工会主席何秀兰到会祝贺。"
    "下午召开委员会议，选举宋丽为公司工会主席，张立书为副主席，孙晓萍为女职工委员会主任。\n"
)
_UNION = "青禾肥业有限公司工会"


def test_the_later_items_of_an_election_hold_their_posts_at_the_union_the_first_names():
    found = first_article_positions(_TEXT)
    assert ("宋丽", "主席", _UNION) in found
    assert ("张立书", "副主席", _UNION) in found
    assert not [f for f in found if f[0] == "张立书" and f[2] != _UNION]


def test_a_womens_committee_elected_with_a_union_is_that_unions_committee():
    found = first_article_positions(_TEXT)
    assert ("孙晓萍", "主任", _UNION + "女职工委员会") in found
