"""A district's or a county's head printed right after the place's own name (某区副区长
某某) holds the post at the place's people's government (某区人民政府), the place printed
being its printed form; a city's head after the city and a bare 区长 are left as read
(``titles.yaml`` place_government_heads). Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _positions(sentence: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page("区总工会召开座谈会。" + sentence))


def test_a_deputy_district_head_after_the_district_is_held_at_its_government():
    assert ("屠文远", "副区长", "闵行区人民政府") in _positions("闵行区副区长屠文远出席。")


def test_a_deputy_county_head_after_the_county_is_held_at_its_government():
    assert ("李明远", "副县长", "平江县人民政府") in _positions("平江县副县长李明远出席。")


def test_a_city_head_after_the_city_is_left_as_read():
    found = _positions("韶关市副市长甘立远陪同慰问。")
    assert not any(org and org.endswith("人民政府") for _, _, org in found)
