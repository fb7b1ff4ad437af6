"""国家 'the state' opening a national body's name (国家深海基地管理中心, 国家能源局人事司)
was read as a count (国|家, as 三家 is) and cut off the name; it is now a word that ends in
a measure character and is no count (``org_suffixes.yaml`` measured_non_counts). Counts
stay counts. Seen on an award list of national units and a ministry's meeting report read
in s37 (orgs18). Text and events are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_a_national_centre_keeps_the_state_in_its_name():
    found = first_article_orgs("国家深海基地管理中心潜航员付文入选。")
    assert "国家深海基地管理中心" in found
    assert "深海基地管理中心" not in found


def test_a_national_bureaus_department_keeps_the_state():
    found = first_article_orgs("国家能源局人事司与市总工会联合召开座谈会。")
    assert "国家能源局人事司" in found


def test_a_count_of_firms_before_their_unions_stays_a_count():
    assert first_article_orgs("三家企业工会参加。") == set()


def test_the_state_in_a_phrase_before_a_bare_union_names_none():
    found = first_article_orgs("为国家重点工程建设贡献力量，公司工会组织劳动竞赛。")
    assert not any(name.startswith("国家") for name in found)
