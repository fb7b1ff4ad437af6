"""A county's federation printed under its informal name (县工会) beside its full name:
one federation, also where the county was renamed since and the federation is read
under the district's current name (双城县 → 哈尔滨市双城区, ``reference/renamings.yaml``;
ANNOTATION.md: renamed bodies take the current name). Invented events."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_renamed_countys_informal_union_is_its_federation():
    found = first_article_resolved("双城县总工会举办职工篮球赛。县工会还将举办培训。")
    assert "哈尔滨市双城区总工会" in found
    assert not any(name.endswith("县工会") for name in found)


def test_a_countys_informal_union_beside_its_federation_is_that_federation():
    found = first_article_resolved("平江县总工会举办职工篮球赛。平江县工会还将举办培训。")
    assert found == {"平江县总工会"}
