"""A company printed by its short name, a brand and a trade word, as the subject of
what it does (某某电机召开大会): the brand, shaped as a name, is no person. A trade word
jieba reads as a verb (某某配送外卖) and a name before an occupation stay names.
Invented names and firms."""

from __future__ import annotations

from tests.conftest import news_page, page_people


def test_a_brand_before_its_trade_word_and_a_meeting_verb_is_no_person():
    assert "华湘" not in page_people(news_page("华湘电机召开大会，表彰一批先进职工。"))


def test_a_name_shaped_brand_of_a_logistics_firm_is_no_person():
    assert "杨帆" not in page_people(news_page("杨帆物流召开职工座谈会，听取意见。"))


def test_a_name_before_a_trade_word_read_as_a_verb_stays_a_name():
    assert "韩立" in page_people(news_page("骑手韩立配送外卖三年，从未出错。"))


def test_the_worker_after_the_brand_and_the_trade_stays_a_name():
    people = page_people(news_page("华湘电机焊工韩立在比赛中获得第一名。"))
    assert "韩立" in people and "华湘" not in people
