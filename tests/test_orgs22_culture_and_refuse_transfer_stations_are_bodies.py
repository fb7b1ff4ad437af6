"""A town's culture station (镇文化站) and a district's refuse transfer station (某区生活
垃圾转运站) are bodies of their government (the sets type a 文化站 as government), named
when a union works with them or visits their workers; the bare short form is completed
from the town the article names. A count of stations names none. Invented events."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_districts_refuse_transfer_station_is_a_body():
    found = first_article_resolved(
        "8月2日下午，海曙区总工会党组书记章明来到海曙区生活垃圾转运站慰问一线作业人员。"
    )
    assert "海曙区生活垃圾转运站" in found
    assert "海曙区总工会" in found


def test_a_towns_culture_station_by_its_short_form_takes_the_towns_name():
    found = first_article_resolved(
        "延庆区八达岭镇总工会主席说，镇里景区多。我们联合镇文化站办起了“职工夜校”。"
    )
    assert "延庆区八达岭镇文化站" in found


def test_a_count_of_stations_names_no_body():
    found = first_article_resolved("全区新建垃圾转运站3座，各乡镇文化站12个。")
    assert not any(name.endswith(("转运站", "文化站")) for name in found)
