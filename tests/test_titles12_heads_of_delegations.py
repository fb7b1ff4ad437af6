"""A union's visiting delegation (某省工会考察团, 参访团, 访问团, 代表团) is a named body
whose head and deputies hold 团长 and 副团长 at it, whether the chain prints them before
the names (考察团团长甲、副团长乙) or a verb gives them after the names (由甲任团长、乙任
副团长的某考察团; 以甲为团长的某代表团; 某代表团由甲担任团长). A post given after one name
is no item of the chain before the next name. Invented places and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_study_delegation_s_head_and_deputy_hold_their_posts_at_it():
    text = news_page("青峰省工会考察团团长柯明远、副团长罗志平一行到柳河市考察。")
    positions = first_article_positions(text)
    assert ("柯明远", "团长", "青峰省工会考察团") in positions
    assert ("罗志平", "副团长", "青峰省工会考察团") in positions


def test_posts_given_after_the_names_are_held_at_the_delegation_named_after():
    text = news_page(
        "由省总工会副主席柯明远任团长、省总工会宣传部部长罗志平任副团长的"
        "青峰省工会考察团一行十人到江南考察。"
    )
    positions = first_article_positions(text)
    assert ("柯明远", "团长", "青峰省工会考察团") in positions
    assert ("罗志平", "副团长", "青峰省工会考察团") in positions
    assert ("罗志平", "团长", None) not in positions


def test_a_head_named_with_wei_holds_the_post_at_the_delegation():
    text = news_page("以青峰省总工会副主席柯明远为团长的青峰省工会代表团一行12人来访。")
    assert ("柯明远", "团长", "青峰省工会代表团") in first_article_positions(text)


def test_a_delegation_named_before_the_verb_is_the_head_s_body():
    text = news_page("青峰工会参访团由青峰工会联合会会长柯明远担任团长，罗志平任副团长。")
    positions = first_article_positions(text)
    assert ("柯明远", "团长", "青峰工会参访团") in positions
    assert ("罗志平", "副团长", "青峰工会参访团") in positions


def test_a_post_given_after_a_name_with_no_delegation_stays_as_read():
    text = news_page("1950年3月，青峰县工会筹备委员会成立，柯明远任主任。")
    titles = {t for name, t, _ in first_article_positions(text) if name == "柯明远"}
    assert titles == {"主任"}
