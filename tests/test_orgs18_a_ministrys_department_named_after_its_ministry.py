"""A ministry's or a national bureau's department (司) printed after its ministry
(某部人事教育司副司长某某, 某部人事司派员参加) is an organisation of its own, named with
its ministry; the name was cut to the ministry (交通运输部|人事|教育司), or lost with it
when jieba cut the ministry's name (农业|农村部|人事司). The departments unions deal with
are suffixes of the reference (``org_suffixes.yaml``), and a unit of a body the gazetteer
names is that body's. 司 alone stays no suffix. A lead of s37's morning review (orgs18).
Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_personnel_and_education_department_before_its_deputy_head():
    found = first_article_orgs("交通运输部人事教育司副司长王明出席座谈会。")
    assert "交通运输部人事教育司" in found
    assert "交通运输部" not in found


def test_a_department_of_a_ministry_jieba_cuts_in_two():
    found = first_article_orgs("农业农村部人事司、财政部办公厅派员参加。")
    assert {"农业农村部人事司", "财政部办公厅"} <= found


def test_a_labour_relations_department_is_a_government_body():
    spans = find_org_spans("人力资源社会保障部劳动关系司司长李华讲话。")
    assert [(s.written, s.type.value) for s in spans] == [
        ("人力资源社会保障部劳动关系司", "government")
    ]


def test_a_company_and_a_driver_name_no_department():
    assert _names("公司财务司机张三开车送来慰问品。") == []


def test_a_department_with_no_ministry_names_none():
    assert first_article_orgs("该部人事司负责同志介绍了情况。") == set()
