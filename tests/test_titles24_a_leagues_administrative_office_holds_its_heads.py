"""A league's or a prefecture's government that is no city's (行政公署, short 行署) is
an organisation, so its heads printed after it (某盟行政公署副盟长某某) hold their posts
there, as real_dev2's gold has it; the bare word inside a phrase names no body.
Invented names."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_leagues_deputy_head_at_its_administrative_office():
    found = first_article_positions(news_page("锡林郭勒盟行政公署副盟长王建新出席开幕式。"))
    assert ("王建新", "副盟长", "锡林郭勒盟行政公署") in found


def test_the_office_printed_short_after_the_league_in_a_list():
    found = first_article_positions(
        news_page("锡林郭勒盟委委员、盟总工会主席乌云其木格，盟行政公署副盟长王建新出席。")
    )
    assert ("王建新", "副盟长", "锡林郭勒盟行政公署") in found
    assert ("乌云其木格", "主席", "锡林郭勒盟总工会") in found


def test_a_prefectures_office_by_its_short_name():
    assert "大兴安岭地区行署" in first_article_orgs("大兴安岭地区行署副专员王建新出席。")


def test_the_word_alone_names_no_body():
    assert not first_article_orgs("他多年从事行署工作，市总工会主席韩立森讲话。") & {"行署"}
