"""The last name of a list attending a congress without a vote (``退休职工代表甲、乙列席
大会``): 列席 was no word that may follow a name, as 出席 and 参加 are, so a name whose
given name is a place word (向南山) was refused at the list's end. Invented names and
items."""

from __future__ import annotations

from tests.conftest import news_page, page_people


def test_a_name_before_lie_xi_is_a_person() -> None:
    body = "某集团退休职工代表温雅芝、向南山列席大会。"
    assert page_people(news_page(body)) == ["向南山", "温雅芝"]
