"""Bodies of places renamed since (a county become a district) take the current name, the
printed form an alias (ANNOTATION.md, Organisations). Read on real_dev22: a 2008 digest's
徐州市铜山县总工会 (徐州市铜山区 since 2010) kept the former name. (A prefecture's 地区 become
a city, 渭南地区 → 渭南市, was backed out at the merge: it lowered two held-out sets.)
Invented sentences."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_county_become_a_district_takes_the_districts_name():
    resolved = first_article_resolved("徐州市铜山县总工会组织三十名劳动模范疗休养。")
    assert "徐州市铜山区总工会" in resolved
