"""A county that became a county-level city and then a district (a 县 → 市 → 区 chain,
``reference/renamings.yaml``): its federation and its Party committee printed under the
county's name in an old item take the district's current name (ANNOTATION.md: renamed
bodies take the current name, the printed form as an alias). Invented events."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_county_federation_of_a_twice_renamed_county_takes_the_districts_name():
    found = first_article_resolved("双城县总工会召开职工座谈会，县委副书记到会讲话。")
    assert "哈尔滨市双城区总工会" in found
    assert "哈尔滨市双城区委" in found
    assert not any("双城县" in name for name in found)
