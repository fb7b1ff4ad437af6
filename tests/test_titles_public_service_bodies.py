"""Public service administrations (环卫站, 环卫处, 管理站, 管理处, 管理所) printed before a
worker's post and name in award lists and running text are the body the post is held at
(invented names and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions

HEAD = "石湾县总工会表彰先进职工\n"


def test_a_sweeper_of_a_sanitation_station_holds_the_post_there():
    found = first_article_positions(HEAD + "会上，青禾县城区环卫站清扫工韦海川发言。\n")
    assert ("韦海川", "清扫工", "青禾县城区环卫站") in found


def test_a_mechanic_of_a_sanitation_office_holds_the_post_there():
    found = first_article_positions(
        HEAD + "会上，青禾市临水区环境卫生管理处汽车修理工周立明发言。\n"
    )
    assert ("周立明", "汽车修理工", "青禾市临水区环境卫生管理处") in found


def test_a_team_head_of_a_management_station_holds_the_post_at_its_team():
    found = first_article_positions(
        HEAD + "会上，青禾市西凉区环境卫生管理站清扫班班长孔德明发言。\n"
    )
    assert ("孔德明", "班长", "青禾市西凉区环境卫生管理站清扫班") in found


def test_a_road_maintainer_of_a_road_station_holds_the_post_there():
    found = first_article_positions(HEAD + "会上，青禾县公路管理站养护工柏立明发言。\n")
    assert ("柏立明", "养护工", "青禾县公路管理站") in found
