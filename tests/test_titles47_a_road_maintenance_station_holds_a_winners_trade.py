"""A road maintenance station (养护站: a county road bureau's or a motorway's post along
its road, a public institution like the road sections) is a body: the unit of a
contest's winner printed before the trade (某养护站焊工某某) and of its head (站长).
A count of stations names none. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_winners_trade_is_held_at_the_maintenance_station_before_it():
    found = first_article_positions(
        news_page("比赛中，东江化工有限公司电工张文涛、青山高速公路养护站焊工李丽萍分获第一名。")
    )
    assert ("李丽萍", "焊工", "青山高速公路养护站") in found
    assert ("张文涛", "电工", "东江化工有限公司") in found


def test_a_stations_head_is_held_at_the_station():
    found = first_article_positions(
        news_page("4月2日，县公路局送来慰问品，升平养护站站长王建华表示感谢。")
    )
    assert ("王建华", "站长", "升平养护站") in found


def test_a_count_of_maintenance_stations_names_no_body():
    found = first_article_resolved("全县共有公路养护站12个，养护工人300余名。")
    assert not any(name.endswith("养护站") for name in found)
