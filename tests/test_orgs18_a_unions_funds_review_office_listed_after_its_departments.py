"""The office of a union's funds review committee by its short name (经审办) listed
after a department printed with its federation (市总工会财务部、经审办负责同志) is the
federation's too, as 宣传部 after 组织部 is; jieba reads 经|审办 as a preposition and a
verb, and the list's last item ends in no 部. A lead of s37's morning review (orgs18).
Text and events are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_the_review_office_after_the_finance_department():
    found = first_article_orgs("市总工会财务部、经审办相关负责人参加检查。")
    assert {"市总工会财务部", "市总工会经审办"} <= found


def test_the_office_last_in_a_list_before_the_people_sent():
    found = first_article_orgs("市总工会组织部、办公室负责同志参加。")
    assert {"市总工会组织部", "市总工会办公室"} <= found


def test_listed_as_set_up_inside_a_county_federation():
    found = first_article_orgs("县总工会内设办公室、经审办、女职工部。")
    assert "县总工会经审办" in found


def test_a_review_office_printed_alone_names_none():
    assert first_article_orgs("经审办对账目进行了审查。") == set()


def test_a_party_committees_departments_keep_their_committee():
    assert first_article_orgs("区委组织部、宣传部负责同志参加。") == {"区委组织部", "区委宣传部"}
