"""A street's Party working committee printed short (街道党工委) after the article named
it in full (某街道党工委) is that committee, and the street's bodies printed short after
it (街道总工会) are that street's: a post there keeps its body. Invented places and
people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_short_working_committee_is_the_one_named_before():
    text = news_page("柳河街道党工委开展慰问活动。街道党工委委员、武装部部长柯明远送上礼包。")
    assert ("柯明远", "委员", "柳河街道党工委") in first_article_positions(text)


def test_a_street_s_federation_printed_short_after_its_committee_is_the_street_s():
    text = news_page("柳河街道党工委开展慰问活动。街道总工会主席柯明远出席。")
    assert ("柯明远", "主席", "柳河街道总工会") in first_article_positions(text)


def test_a_company_s_union_after_its_party_committee_is_unchanged():
    text = news_page("柳河公司党委开展慰问活动。公司工会主席柯明远出席。")
    assert ("柯明远", "主席", "柳河公司工会") in first_article_positions(text)
