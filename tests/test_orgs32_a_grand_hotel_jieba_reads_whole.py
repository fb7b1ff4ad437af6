"""A hotel named 大酒店 or 大饭店 (某某大酒店, 某某大饭店) is a company: jieba reads 大酒店 and
大饭店 as one word, which hid the suffix 酒店 behind 大, and the hotel where a ceremony sat
was lost (tuning gold of real_dev7 lists one as a company). A kind of hotel (五星级大酒店,
一家大酒店) stays no body. Seen on real pages of award ceremonies and congresses held at a
city's grand hotel (s49 orgs32). Hotels and people are invented."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_ceremony_held_at_a_grand_hotel_names_the_hotel():
    assert "兰州金河大酒店" in first_article_resolved("表彰大会在兰州金河大酒店召开。")


def test_a_grand_hotel_by_dafandian():
    assert "长城明珠大饭店" in first_article_resolved("会议在长城明珠大饭店举行。")


def test_a_grand_hotels_chef_holds_his_post_there():
    text = "兰州金河大酒店厨师长王立强获得五一劳动奖章。"
    assert ("王立强", "厨师长", "兰州金河大酒店") in first_article_positions(news_page(text))


def test_a_kind_of_grand_hotel_is_no_body():
    assert not first_article_resolved("职工们住进五星级大酒店。")
    assert not first_article_resolved("劳模们在一家大酒店聚餐。")
