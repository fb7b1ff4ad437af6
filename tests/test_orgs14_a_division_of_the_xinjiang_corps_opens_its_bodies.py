"""The divisions (师) of the Xinjiang Production and Construction Corps open the names of
their bodies (第十一师总工会, 一师阿拉尔市总工会, 三师某团工会): jieba cuts the numeral
from 师 and the walk stopped at it, leaving no name, and the model cut 一师 off as a
numeral. Seen on real pages of the Corps' union news (session 35, orgs14). Text and
events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_divisions_federation_with_its_ordinal_is_a_body():
    found = first_article_orgs("4月10日，兵团总工会主办、第十一师总工会承办读书交流活动。")
    assert "第十一师总工会" in found


def test_a_divisions_federation_without_its_ordinal_is_a_body():
    assert _names("十二师总工会召开全委会议。") == ["十二师总工会"]


def test_a_division_before_the_city_it_runs_stays_in_the_name():
    found = first_article_orgs("9月1日，一师阿拉尔市总工会组织一线职工开展技能比武。")
    assert "一师阿拉尔市总工会" in found
    assert "阿拉尔市总工会" not in found


def test_a_regiments_union_after_its_division_is_a_body():
    assert _names("5月20日，三师五十团工会召开会员大会。") == ["三师五十团工会"]


def test_the_tail_of_a_larger_number_is_no_division():
    assert _names("二十一师总工会召开会议。") == []


def test_teachers_unions_are_still_a_kind():
    assert _names("全体教师工会会员参加了活动。") == []
