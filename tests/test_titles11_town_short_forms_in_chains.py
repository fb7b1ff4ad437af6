"""A short form opening with the level of the town or street the chain's body before it
is (某镇党委副书记、镇工会主席; 某街道党工委副书记、街道工会主席) is that place's body,
its level printed once: never 某镇镇工会, and never lost (镇总工会 after a town alone).
Invented places and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_town_s_union_after_its_party_post_names_the_town_once():
    text = news_page("青峰县柳河镇党委副书记、镇工会主席柯明远出席会议。")
    positions = first_article_positions(text)
    assert ("柯明远", "主席", "青峰县柳河镇工会") in positions
    assert ("柯明远", "副书记", "青峰县柳河镇党委") in positions  # a town's 党委: org35


def test_a_town_s_federation_after_its_party_post_is_the_town_s():
    text = news_page("柳河镇党委副书记、镇总工会主席柯明远出席会议。")
    assert ("柯明远", "主席", "柳河镇总工会") in first_article_positions(text)


def test_a_street_s_union_after_its_working_committee_names_the_street_once():
    text = news_page("柳河街道党工委副书记、街道工会主席柯明远出席会议。")
    assert ("柯明远", "主席", "柳河街道工会") in first_article_positions(text)


def test_a_town_whose_name_ends_with_its_level_keeps_it():
    text = news_page("牛头镇镇党委副书记、镇工会主席柯明远出席会议。")
    assert ("柯明远", "主席", "牛头镇镇工会") in first_article_positions(text)
