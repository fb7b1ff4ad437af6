"""A plenary adding a member to its committee and electing them (全委会增补甲为县总工会
委员、常委，并选举其为县总工会主席): 增补 states the posts as 选举 does, the bare titles
listed after the first with 、 are the same person's, and 其 after the second verb names
the person the election before named. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_added_as_member_and_standing_member_then_elected_chair():
    positions = first_article_positions(
        news_page("会议增补方国栋为市总工会委员、常委，并选举其为市总工会副主席。")
    )
    assert {(t, o) for n, t, o in positions if n == "方国栋"} == {
        ("委员", "市总工会"),
        ("常委", "市总工会"),
        ("副主席", "市总工会"),
    }


def test_two_names_each_with_their_own_wei_stay_apart():
    positions = first_article_positions(
        news_page("青禾县总工会召开全委会，选举沈玉霞为主席、戴海峰为副主席。")
    )
    assert ("沈玉霞", "主席", "青禾县总工会") in positions
    assert ("戴海峰", "副主席", "青禾县总工会") in positions
    assert ("沈玉霞", "副主席", "青禾县总工会") not in positions


def test_the_election_referred_back_to_adds_its_post_once_and_repeats_no_earlier_hit():
    from gonghui_build.extract.people.elections import elected_names
    from gonghui_build.text.tokenizer import tag_tokens

    text = "会议增补方国栋为市总工会委员、常委，并选举其为市总工会副主席。"
    posts = [c.title for h in elected_names(text, tag_tokens(text)) for c in h.claims]
    assert sorted(posts) == ["副主席", "委员", "常委"]
