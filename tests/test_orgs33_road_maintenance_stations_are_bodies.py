"""A road maintenance station (某某养护站, 某某公路养护站: the smallest unit of a county's road
bureau or a highway company, with a head, 站长) is a body: no suffix read it, so a
contest winner's unit printed before his trade and name was lost (tuning gold of
real_dev14 lists one). Alone (养护站的职工) it names no body. Seen on real pages of a
station head on a holiday shift, a women's station honoured by a province's women
workers' committee and a county's new station (s49 orgs33). Stations and people are
invented."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_winners_station_before_his_trade_and_name():
    text = "青石化工有限公司电工柯立新、河桥高速公路养护站焊工詹秀兰分获第一名。"
    assert "河桥高速公路养护站" in first_article_resolved(text)


def test_a_station_head_holds_his_post_there():
    text = "南岭公路养护站站长孟德安带领职工清扫路面。"
    assert ("孟德安", "站长", "南岭公路养护站") in first_article_positions(news_page(text))


def test_a_station_alone_names_no_body():
    assert not first_article_resolved("养护站的职工们一早就上路除雪。")
