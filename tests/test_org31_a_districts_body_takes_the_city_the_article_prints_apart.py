"""A district's body of another city than the paper's takes that city's name where the
article prints the city's full name, even apart from the district (到某市调研 … 某区总工会
主席): ANNOTATION.md's sets of stop 67 put the city before a district's body only where
the article prints the city, and here it does. Invented people and events; the city and
district are real."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_district_union_takes_the_city_printed_earlier_in_the_article():
    body = (
        "6月19日，省总工会副主席王立强一行到乐山市调研。"
        "座谈会上，五通桥区总工会主席郑一明作了发言。"
    )
    assert "乐山市五通桥区总工会" in first_article_resolved(body)


def test_a_district_union_of_an_article_naming_no_city_stays_as_printed():
    body = "座谈会上，五通桥区总工会主席郑一明作了发言。"
    assert "五通桥区总工会" in first_article_resolved(body)
