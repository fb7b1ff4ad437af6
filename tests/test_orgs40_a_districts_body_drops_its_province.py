"""A district's body printed with its province and city is named in its city's form;
a city's own body printed with its province is left as printed (bodies invented)."""

from gonghui_build.extract.organisations import context
from gonghui_build.text import places


def _resolved(text: str, written: str) -> str | None:
    where = context.ArticleContext(places=places.find_places(text))
    found = context.resolve(written, text.index(written), where)
    return found.name if found is not None else None


def test_a_district_federation_printed_with_its_province_drops_it():
    text = "浙江省宁波市北仑区总工会为超市收银员送去护手霜。"
    assert _resolved(text, "浙江省宁波市北仑区总工会") == "宁波市北仑区总工会"


def test_a_district_centre_printed_with_a_short_province_drops_it():
    text = "广西南宁市西乡塘区青年职工服务中心揭牌。"
    assert _resolved(text, "广西南宁市西乡塘区青年职工服务中心") == "南宁市西乡塘区青年职工服务中心"


def test_a_city_federation_printed_with_its_province_is_kept():
    text = "福建省泉州市总工会举办女职工健康日活动。"
    assert _resolved(text, "福建省泉州市总工会") == "福建省泉州市总工会"
