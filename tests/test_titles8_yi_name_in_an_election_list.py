"""Names listed before an election's 当选为 share the post after it (甲、乙当选为工会副主席),
a Yi name among them too (a clan name of two and a given name of two, printed with no
Han surname): invented people and university."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_MEETING = (
    "5月8日，青禾大学召开第十次工会会员代表大会。在随后召开的第十届工会委员会第一次全体会议上，"
)


def test_a_yi_name_last_in_an_election_list_holds_the_shared_post():
    text = news_page(_MEETING + "韦海川当选为工会主席，吴立新、沙马阿果当选为工会副主席。")
    positions = first_article_positions(text)
    assert ("沙马阿果", "副主席", "青禾大学工会") in positions
    assert ("吴立新", "副主席", "青禾大学工会") in positions


def test_a_han_name_after_a_clan_like_word_is_read_as_before():
    # 马海 is a Yi clan name, but 马海波 is a Han name of three characters
    text = news_page(_MEETING + "韦海川当选为工会主席，吴立新、马海波当选为工会副主席。")
    assert ("马海波", "副主席", "青禾大学工会") in first_article_positions(text)
