"""A Kazakh man's name printed without a middle dot and ending in 别克 (-bek), which the
model and jieba read as a head that looks like a Han name and the ending apart
(叶尔兰|别克): the name runs on to the ending when punctuation or a word that follows
names closes it, and the head alone is no person. Shapes of visits to herders and model
workers read on Xinjiang's union pages (s36); invented names."""

from __future__ import annotations

from gonghui_build.extract.people.model_bounds import _name_ending_after
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_name_ending_in_bek_before_he_is_read_whole():
    body = "此次慰问的劳模，有阔布村62岁的叶尔兰别克和乌什水村的阿依努尔。"
    assert _people(body) == ["叶尔兰别克", "阿依努尔"]


def test_the_ending_needs_a_close_after_it():
    text = "叶尔兰别克和"
    assert _name_ending_after(text, 0, 3) == 5
    text = "叶尔兰别克车"  # a car's brand, no name's end: nothing closes it
    assert _name_ending_after(text, 0, 3) is None


def test_a_brand_of_car_after_a_name_is_not_read_into_it():
    assert _people("司机王海开着别克车赶到现场。") == ["王海"]
