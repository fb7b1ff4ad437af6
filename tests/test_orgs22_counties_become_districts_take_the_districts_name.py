"""A county become a district one to one (溧水县 → 南京市溧水区, ``reference/
renamings.yaml``): its federation printed under the county's name takes the district's
current name (ANNOTATION.md: renamed bodies take the current name), also when the city
is printed before the county; an enterprise named after the county keeps its name.
Invented events."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_county_federation_takes_its_districts_current_name():
    found = first_article_resolved("溧水县总工会组织开展职工技能大赛。")
    assert "南京市溧水区总工会" in found
    assert "溧水县总工会" not in found


def test_a_county_of_a_municipality_takes_its_districts_current_name():
    found = first_article_resolved("蓟县总工会召开全委会。")
    assert "天津市蓟州区总工会" in found


def test_the_city_printed_before_the_county_is_kept_once():
    found = first_article_resolved("重庆市铜梁县总工会开展金秋助学活动。")
    assert "重庆市铜梁区总工会" in found
    assert not any("铜梁县" in name for name in found)


def test_an_enterprise_named_after_the_county_keeps_its_name():
    found = first_article_resolved("铜梁县人民医院工会组织职工健步走。")
    assert "铜梁县人民医院工会" in found


def test_a_county_not_renamed_keeps_its_name():
    found = first_article_resolved("平江县总工会举办劳动竞赛启动仪式。")
    assert "平江县总工会" in found
