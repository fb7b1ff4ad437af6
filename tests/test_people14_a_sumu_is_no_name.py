"""A place of Inner Mongolia's divisions below a banner (a 苏木 township, a 嘎查 village)
that the model reads as a person before a title (某某苏木党委书记某某): the span ends in
the division's word, so it is the place, and the officer after the title stays the one
person. Shape of a banner's union pages (s53); invented names."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


@pytest.mark.parametrize("place", ["克尔伦苏木", "宝力格嘎查"])
def test_a_place_ending_in_a_division_word_is_no_person(place):
    body = f"近日，合作社联合工会成立大会召开。{place}党委书记敖登主持会议。"
    assert _people(body) == ["敖登"]


def test_a_mongolian_name_before_a_title_is_still_read():
    body = "近日，合作社联合工会成立大会召开。旗总工会主席额尔德木图出席大会。"
    assert _people(body) == ["额尔德木图"]
