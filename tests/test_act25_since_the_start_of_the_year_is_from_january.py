"""Dates, act25: 年初以来 (since the start of the year) dates a work run from January of the
article's year, whatever month the article is printed in; 年初 alone, in a month other than
January, still gives the year only. Pages written for these tests (invented unions)."""

from __future__ import annotations

from tests.conftest import page_facts

_HEAD = "青溪区总工会助学\n2025-09-02 16:20:05  来源：青溪市总工会\n"


def _dates(body: str) -> list[str | None]:
    facts = page_facts(_HEAD + body + "\n")
    return [a.date.start if a.date else None for a in facts.articles[0].activities]


def test_since_the_start_of_the_year_is_january() -> None:
    body = "年初以来，青溪区总工会会同区教育局对全区困难职工子女入学情况进行摸底，共走访职工家庭90余户。"
    assert _dates(body) == ["2025-01"]


def test_the_start_of_the_year_alone_is_the_year() -> None:
    body = (
        "年初，青溪区总工会会同区教育局对全区困难职工子女入学情况进行摸底，共走访职工家庭90余户。"
    )
    assert _dates(body) == ["2025"]
