"""Bodies of places renamed since (a county become a district, a prefecture 地区 become a
city) take the current name, the printed form an alias (ANNOTATION.md, Organisations).
Read on real_dev21 and real_dev22: a 1984 page's 渭南地区总工会 (渭南市 since 1994) and a
2008 digest's 徐州市铜山县总工会 (徐州市铜山区 since 2010) kept the former names. Invented
sentences."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_prefecture_become_a_city_takes_the_citys_name():
    resolved = first_article_resolved("渭南地区总工会举办基层工会主席训练班，五十名学员参加。")
    assert "渭南市总工会" in resolved


def test_a_county_become_a_district_takes_the_districts_name():
    resolved = first_article_resolved("徐州市铜山县总工会组织三十名劳动模范疗休养。")
    assert "徐州市铜山区总工会" in resolved
