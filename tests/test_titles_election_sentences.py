"""An enterprise union's founding report states its officers as real reports print them:
``选举甲同志为工会主席，乙、丙同志为工会副主席`` — a word of address between a name and
the election's 为 is no part of the name, and names listed with 、 before one 为 share
the post it states. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions

_FOUNDING = (
    "本报讯 8月13日，青禾重机有限公司工会成立暨首届会员代表大会召开。\n"
    "大会选举产生了第一届工会委员会委员。在随后举行的工会委员会第一次会议上，"
    "选举邓立辉同志为工会主席，张志军、华丽萍同志为工会副主席，邹立峰同志为经费审查"
    "委员会主任。\n"
)


def _posts() -> set[tuple[str, str]]:
    return {(name, title) for name, title, _ in first_article_positions(_FOUNDING)}


def test_a_word_of_address_before_an_elections_wei_leaves_the_post_to_the_name():
    posts = _posts()
    assert ("邓立辉", "主席") in posts
    assert ("邹立峰", "经费审查委员会主任") in posts


def test_names_listed_before_one_wei_share_the_post_it_states():
    posts = _posts()
    assert ("张志军", "副主席") in posts
    assert ("华丽萍", "副主席") in posts


_RESULTS = (
    "本报讯 3月14日上午，青禾电子科技有限公司工会换届选举大会召开。\n"
    "会上，蓝海平同志当选为公司工会主席，祁晓薇、柏云霓分别当选为经费审查委员会主任、"
    "女职工委员会主任。\n"
)
_UNION = "青禾电子科技有限公司工会"


def test_a_word_of_address_before_an_elections_verb_leaves_the_post_to_the_name():
    assert ("蓝海平", "主席", _UNION) in first_article_positions(_RESULTS)


def test_names_before_fenbie_take_the_posts_after_the_verb_in_turn():
    found = first_article_positions(_RESULTS)
    assert ("祁晓薇", "经费审查委员会主任", _UNION) in found
    assert ("柏云霓", "主任", _UNION + "女职工委员会") in found
    assert not [f for f in found if f[0] == "祁晓薇" and f[1] == "主任"]
