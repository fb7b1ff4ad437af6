"""A company printed by its short name, a brand and a trade word (华湘电机, 湘江重工:
``org_suffixes.yaml`` brand_trades), right before an occupation and a name, is the body
the occupation is held at (tests/fixtures/ANNOTATION.md: issue 10, an occupation printed
with its unit); a phrase opening with the writer's place or a word for every body (全市,
我市), or with a common word of speech (长期), names no company. Invented firms and
people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_an_occupation_after_a_brand_and_trade_is_held_at_the_company():
    text = news_page(
        "市总工会举办焊工技能竞赛。青岚电机焊工邝德胜、柳溪重工数控车工祁文斌分获第一名。"
    )
    positions = first_article_positions(text)
    assert ("邝德胜", "焊工", "青岚电机") in positions
    assert ("祁文斌", "数控车工", "柳溪重工") in positions


def test_a_driver_after_a_haulage_brand_is_held_at_the_haulier():
    text = news_page("驿站开门后，顺岚货运司机祁文斌第一个进来接了热水。")
    assert ("祁文斌", "司机", "顺岚货运") in first_article_positions(text)


def test_a_phrase_opening_with_every_body_of_the_city_names_no_company():
    text = news_page("全市物流企业货车司机祁文斌获得第一名。")
    assert not any(org for _, _, org in first_article_positions(text))


def test_a_common_word_before_a_trade_is_no_brand():
    text = news_page("他长期配送骑手祁文斌说，驿站很暖心。")
    assert not any(org for _, _, org in first_article_positions(text))


def test_a_full_name_after_the_trade_word_keeps_the_plant():
    text = news_page("原青岚三和纺织厂挡车工祁文斌在洽谈会上找到了新工作。")
    positions = first_article_positions(text)
    assert not any(org == "原青岚三和纺织" for _, _, org in positions)
