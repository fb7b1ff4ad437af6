"""The organisation gazetteer loads, is consistent, and finds bodies by any form."""

from __future__ import annotations

from collections import defaultdict

import yaml

from gonghui import catalog
from gonghui_build import reference
from gonghui_build.text import gazetteer
from gonghui_build.text.places import divisions


def entries() -> list[dict]:
    with (reference.REFERENCE / "organisations.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)["bodies"]


def test_every_entry_has_a_name_a_catalog_type_and_a_source():
    data = entries()
    assert len(data) >= 100
    for e in data:
        assert e["name"] and e["source"], e
        assert e["type"] in catalog.ORG_TYPES, e
        assert set(e) <= {"name", "type", "parent", "short", "former", "source"}, e


def test_no_form_names_two_bodies():
    bodies_of: dict[str, set[str]] = defaultdict(set)
    for e in entries():
        for form in [e["name"], *e.get("short", []), *e.get("former", [])]:
            bodies_of[form].add(e["name"])
    assert {f: b for f, b in bodies_of.items() if len(b) > 1} == {}
    assert len(gazetteer.by_form()) == len(bodies_of)


def test_every_parent_is_an_entry_and_names_are_unique():
    names = [e["name"] for e in entries()]
    assert len(names) == len(set(names))
    assert all(e["parent"] in names for e in entries() if "parent" in e)


def test_every_mainland_provincial_division_has_its_federation():
    provinces = [d for d in divisions().by_code.values() if d.level == "province"]
    mainland = [d for d in provinces if d.kind != "特别行政区" and d.name != "台湾省"]
    assert len(mainland) == 31
    missing = [d.name for d in mainland if gazetteer.lookup(d.name + "总工会") is None]
    assert missing == []
    # with a short form from the province's short name (陕西总工会, 广西总工会)
    for d in mainland:
        body = gazetteer.lookup(d.name + "总工会")
        assert f"{d.short[0]}总工会" in body.short, body


def test_every_beijing_district_has_its_federation_and_former_county_names():
    for d in reference.places().districts:
        body = gazetteer.lookup(d.name + "总工会")
        assert body is not None and body.parent == "北京市总工会"
        if d.former:
            assert gazetteer.lookup(d.former + "总工会") is body


def test_short_forms_of_the_acftu_and_its_departments():
    acftu = gazetteer.lookup("全总")
    assert acftu.name == "中华全国总工会" and gazetteer.lookup("全国总工会") is acftu
    women = gazetteer.lookup("全总女职工部")
    assert women.name == "中华全国总工会女职工部" and gazetteer.parent_of(women) is acftu
    assert women in gazetteer.departments_of(acftu)
    # a former department name still finds the current department
    assert gazetteer.lookup("全总经济技术部").name == "中华全国总工会劳动和经济工作部"


def test_bodies_are_found_in_text_longest_first_with_offsets():
    text = "全总女职工部、京能集团和北京市总工会的代表，劳动午报记者"
    found = gazetteer.find_bodies(text)
    assert [m.text for m in found] == ["全总女职工部", "京能集团", "北京市总工会", "劳动午报"]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert found[1].body.name == "北京能源集团有限责任公司"
    assert gazetteer.find_bodies("") == ()
