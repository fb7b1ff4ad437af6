"""A body hidden behind the indefinite numeral 一 (某区一建筑公司工会, 某街道一电子厂, 某县
一家藏毯厂: a firm a report leaves unnamed) or the unions of places counted (盘锦、锦州两市
工会) name no one organisation; the build took them for bodies of their own (real_dev2,
real_dev5, real_dev6). A city's numbered works (沈阳一机床厂, 天津一商集团), a one-word
numbered body (一汽集团, 中铁一局) and a place opening with a numeral (两当县, 三山区) stay
bodies. Text and events are invented (s39, devfix3)."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_districts_unnamed_company_union_is_no_organisation():
    assert _names("丰南区一机械公司工会为职工讨回加班费。") == []


def test_a_streets_unnamed_works_is_no_organisation():
    assert _names("石桥一电子厂外来工直选工会主席。") == []


def test_an_unnamed_works_after_a_measure_word_is_no_organisation():
    found = first_article_orgs("陈建平一行还走访了城关区一家藏毯厂和一处养护站。")
    assert not any(name.endswith("藏毯厂") for name in found)


def test_the_unions_of_two_cities_counted_are_no_organisation():
    found = first_article_orgs("8月12日，省总工会向平凉、庆阳两市工会下拨救灾资金六十万元。")
    assert not any("两市" in name for name in found)


def test_the_named_company_of_the_same_report_is_still_read():
    found = first_article_orgs(
        "近日，丰南区一机械公司工会为职工讨回加班费。这家公司名为唐山恒远机械制造有限公司。"
    )
    assert "唐山恒远机械制造有限公司" in found
    assert not any("一机械" in name for name in found)


def test_a_citys_numbered_works_keeps_its_numeral():
    assert _names("沈阳一机床厂工会发来慰问信。") == ["沈阳一机床厂工会"]


def test_a_citys_one_character_short_form_after_the_numeral_is_kept():
    assert _names("天津一商集团工会发来慰问信。") == ["天津一商集团工会"]


def test_one_word_numbered_bodies_are_kept():
    assert "一汽集团工会" in _names("一汽集团工会的代表应邀观摩。")
    assert "中铁一局工会" in _names("中铁一局工会的代表应邀观摩。")


def test_places_opening_with_a_numeral_are_kept():
    assert _names("两当县总工会召开全委会。") == ["两当县总工会"]
    assert _names("芜湖市三山区总工会组织志愿者。") == ["芜湖市三山区总工会"]
