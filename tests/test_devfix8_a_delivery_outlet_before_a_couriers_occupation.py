"""A delivery firm printed by its brand and trade word with its outlet after it (某某配送站,
某某快递网点, 某某配送点, 某某物流站点) before a courier's occupation or a driver's post and a
name (某某配送站骑手某某) holds the post at the outlet: the outlet word is the body's, not
part of the occupation (the build read 站骑手, 网点快递员, 点骑手 at the brand, and no post
at all where the outlet made the phrase too long, 站点货车司机). Near misses: a brand with
no outlet keeps its body as before (某某配送骑手某某, 某某电机焊工某某, 某某快运分拣员某某).
Invented names and firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_rider_of_a_delivery_station():
    body = "鹤城顺达配送站骑手韩立说，驿站里有热水。"
    assert _posts(body, "韩立") == {("骑手", "鹤城顺达配送站")}


def test_a_courier_of_an_express_outlet():
    body = "鹤城鸿运快递网点快递员韩立说，驿站里有热水。"
    assert _posts(body, "韩立") == {("快递员", "鹤城鸿运快递网点")}


def test_a_rider_of_a_delivery_point():
    body = "“夏天有了歇脚的地方。”青川闪送配送点骑手岳刚说。"
    assert _posts(body, "岳刚") == {("骑手", "青川闪送配送点")}


def test_a_truck_driver_of_a_logistics_outlet():
    body = "汾阳迅达物流站点货车司机祁文说，工会驿站离站点只有几百米。"
    assert _posts(body, "祁文") == {("货车司机", "汾阳迅达物流站点")}


def test_a_sorter_of_a_freight_brand_unchanged():
    body = "丰源快运分拣员曹平说，这是第一次参加工会的比赛。"
    assert _posts(body, "曹平") == {("分拣员", "丰源快运")}


def test_a_brand_with_no_outlet_is_the_body_as_before():
    body = "鹤城顺达配送骑手韩立说，驿站里有热水。"
    assert _posts(body, "韩立") == {("骑手", "鹤城顺达配送")}


def test_a_manufacturers_brand_and_a_welder_unchanged():
    body = "华湘电机焊工韩立说，工会很暖心。"
    assert _posts(body, "韩立") == {("焊工", "华湘电机")}
