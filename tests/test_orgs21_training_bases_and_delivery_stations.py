"""The bases where unions train and rest their members (某区职工培训基地, 某湖职工疗休养
基地) and the delivery stations of platforms and couriers (美团某站点,
中通快递某网点, 某同城配送站) are bodies: the place and host of training, rest trips and
a union's post station. No suffix ended them, so they were lost. Seen on real pages of
unions' rest trips and new-employment unions (s39, orgs21). Text and events are
invented; the places are real."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_rest_base_named_by_its_lake_is_a_body():
    assert _names("8月20日，劳模乘车前往抚仙湖职工疗休养基地。") == ["抚仙湖职工疗休养基地"]


def test_a_districts_training_base_is_a_body():
    assert _names("市总工会在洛阳市伊滨区职工培训基地举办培训班。") == [
        "市总工会",
        "洛阳市伊滨区职工培训基地",
    ]


def test_a_factorys_club_an_event_is_held_in_is_no_body():
    found = first_article_orgs("宝山机械厂工会利用厂俱乐部开办职工夜校。")
    assert not any(name.endswith("俱乐部") for name in found)


def test_a_platforms_station_and_a_couriers_outlet_are_bodies():
    assert _names("区总工会走进美团佛山南海站点慰问骑手。") == ["区总工会", "美团佛山南海站点"]
    assert _names("中通快递杨宋网点快递员张某说。") == ["中通快递杨宋网点"]


def test_a_title_given_as_a_base_and_counted_stations_are_no_body():
    assert _names("该县建成爱国主义教育基地3个。") == []
    assert _names("全市建成户外劳动者服务站点120个。") == []
    assert _names("自治区总工会认定的职工劳模疗休养基地。") == ["自治区总工会"]
