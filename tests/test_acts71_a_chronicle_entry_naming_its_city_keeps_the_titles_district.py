"""A chronicle's entry that names its city only by a firm's name (南昌华兴电子有限公司) still
reads a bare 区总工会 as the district its title names (南昌市西湖区总工会2024年大事记 →
西湖区总工会): the city the entry names holds the title's district, so the two agree, as
an entry naming no place at all reads the title's (not for the paper's own city, whose
districts are read otherwise). Shape of the tuning set real_dev19 (a city district's
yearbook chronicle); invented entries with real divisions (s53, acts71)."""

from __future__ import annotations

from tests.conftest import page_facts

PAGE = (
    "南昌市西湖区总工会2024年大事记\n"
    "1月10日  区总工会召开三届五次全委会议。\n"
    "4月26日  区总工会召开表彰大会，表彰南昌华兴电子有限公司等10家单位。\n"
    "5月8日  区总工会组织职工到九江市参观学习。\n"
)


def _resolved(text: str) -> list[set[str]]:
    return [
        {o.resolved.name for o in a.orgs if o.resolved and "总工会" in o.resolved.name}
        for a in page_facts(text).articles
    ]


def test_an_entry_naming_the_titles_city_keeps_its_district():
    assert "西湖区总工会" in _resolved(PAGE)[1]


def test_an_entry_naming_no_place_reads_the_title():
    assert "西湖区总工会" in _resolved(PAGE)[0]
