"""A firm printed after an area and the locative 内 'within' (园区内某电子有限公司, 辖区内…,
开发区内…, 镇内…) opens after the area word: jieba glued 内 to the brand (内华强/nr) or to
the area (区内/s), and the name was read opening with 内 or with the area. Where 内 opens
a word of the name (内燃机厂, 内江市) it stays. Invented bodies."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_firm_of_the_parks_area_opens_after_nei():
    found = first_article_resolved("书屋可服务园区内德力西电气有限公司等企业的职工。")
    assert "德力西电气有限公司" in found
    assert "内德力西电气有限公司" not in found


def test_a_firm_of_the_unions_district_opens_after_nei():
    found = first_article_resolved("镇总工会走访辖区内华强电子有限公司。")
    assert "华强电子有限公司" in found
    assert "内华强电子有限公司" not in found


def test_an_area_glued_to_nei_is_no_part_of_the_name():
    for area in ("区内", "市内", "省内", "镇内", "开发区内", "厂区内"):
        found = first_article_resolved(f"工会服务{area}华强电子有限公司的职工。")
        assert "华强电子有限公司" in found, area
        assert not any(name.startswith(area[-2:]) for name in found), area


def test_a_firm_with_its_place_in_brackets_after_nei():
    found = first_article_resolved("服务园区内汇通精密机械（天津）有限公司的职工。")
    assert "汇通精密机械（天津）有限公司" in found


def test_nei_opening_a_word_of_the_name_stays():
    assert "市内燃机厂" in first_article_resolved("王明在市内燃机厂工作。")
