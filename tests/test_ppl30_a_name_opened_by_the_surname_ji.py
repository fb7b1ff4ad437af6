"""A farmer's name opened by the surname 丌 (a Shandong and Henan family's, the older
form of 亓) after his trade in a list of people given an award: 丌 was no surname of
``surnames.yaml``, so the name was lost while the next one in the list was read.
Invented names and items."""

from __future__ import annotations

from tests.conftest import news_page, page_people


def test_a_name_opened_by_the_surname_ji_is_a_person() -> None:
    body = "县总工会为获得劳动模范称号的某镇农民丌文亮、某医院护士温雅芝颁发证书。"
    assert page_people(news_page(body)) == ["丌文亮", "温雅芝"]
