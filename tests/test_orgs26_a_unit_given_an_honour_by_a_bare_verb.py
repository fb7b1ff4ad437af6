"""A unit of a body given an honour by a bare verb (某矿综采一队采煤班获全国工人先锋号,
某矿二号煤矿综采三队喜获“全国工人先锋号”称号) or in the passive with the awarding body
between (某矿掘进二区一班被市总工会授予工人先锋号) is the body's unit, as before 荣获
(test_orgs23_a_team_of_a_branch_works_is_a_body): the unit's reading stopped only at
荣获, 获评, 被评为, 被授予, so the team was lost and the mine alone listed. 获 alone as
often gives a contest's place, so the unit ends there only where the honour's name
follows in the clause. Near misses: a team's place in a contest (某公司一队获团体第一名),
a contest's team (代表队) and a prize of money stay as they were. Invented bodies."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_team_given_the_pioneer_award_by_huo():
    found = first_article_resolved("东岭煤矿综采一队采煤班获全国工人先锋号。")
    assert "东岭煤矿综采一队采煤班" in found


def test_a_team_given_a_quoted_honour_by_xihuo():
    found = first_article_resolved("青川矿业二号煤矿综采三队喜获“全国工人先锋号”称号。")
    assert "青川矿业二号煤矿综采三队" in found


def test_a_power_companys_team_given_a_provincial_honour():
    found = first_article_resolved("河口供电公司变电运维班获“省级工人先锋号”荣誉。")
    assert "河口供电公司变电运维班" in found


def test_a_team_awarded_by_a_federation_in_the_passive():
    found = first_article_resolved("东岭煤矿机电队被市总工会授予工人先锋号。")
    assert "东岭煤矿机电队" in found


def test_a_teams_place_in_a_contest_is_no_unit():
    found = first_article_resolved("西岭煤业公司一队获团体第一名。")
    assert "西岭煤业公司" in found
    assert "西岭煤业公司一队" not in found


def test_a_contests_team_stays_its_company():
    found = first_article_resolved("西岭煤业公司代表队获全国工人先锋号。")
    assert not any(name.endswith("代表队") for name in found)


def test_a_prize_of_money_names_no_unit():
    found = first_article_resolved("西岭煤业公司运输队获奖金五万元。")
    assert "西岭煤业公司运输队" not in found
