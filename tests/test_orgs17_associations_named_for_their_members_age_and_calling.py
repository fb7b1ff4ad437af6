"""An association named for its members' age (青年, 老年) or calling (企业家, 书法家,
摄影家): jieba tags 青年 as a time word, whose 年 read as a date's, and the walk read a
noun ending in 家 as a count with its measure (三家), so 某市青年企业家协会 lost its name.
青年 and 老年 are now fixed terms of a name (``org_suffixes.yaml`` name_compounds), and a
noun whose stem has two characters or more before 家 is no count. Seen on a history of the
national enterprise federation's member associations, a city women's federation's liaison
list and a union's forum co-hosts (session 37, orgs17). Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_citys_young_entrepreneurs_association():
    assert "市青年企业家协会" in first_article_orgs("市总工会、市青年企业家协会共同主办论坛。")


def test_the_national_young_entrepreneurs_association():
    assert _names("中国青年企业家协会副会长王明出席。") == ["中国青年企业家协会"]


def test_a_photographers_association_beside_a_count_of_companies():
    found = first_article_orgs("市摄影家协会和数家公司工会参加。")
    assert "市摄影家协会" in found
    assert not any(name.startswith("数家") for name in found)


def test_a_count_of_firms_before_their_unions_is_still_no_name():
    assert first_article_orgs("全区三家企业工会参加了比赛。") == set()


def test_a_date_before_an_association_is_still_no_part_of_it():
    assert first_article_orgs("今年青年企业家协会换届。") == set()
