"""A party going to sites listed one after another (先后到A公司、B医院、C派出所，看望坚守
岗位的职工) is one visit, though the visit's own verb has no object of its own. On
sentences written for these tests (invented unions and units)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


@pytest.mark.parametrize(
    "sentence",
    [
        "1月20日，县总工会负责人先后到青松化工公司、县人民医院、城关派出所，看望坚守岗位的职工。",
        "1月20日，县总工会负责人先后到青松化工公司和县人民医院，看望慰问一线职工。",
        "1月20日，县总工会负责人先后来到青松化工公司、县人民医院，看望坚守岗位的职工。",
    ],
)
def test_sites_listed_one_after_another_are_one_visit(sentence):
    out = found(sentence)
    assert [a.category for a in out] == [Category.visit]
    assert out[0].name.startswith("先后")


def test_one_site_gone_to_is_read_as_before():
    out = found("1月20日，县总工会负责人到青松化工公司看望坚守岗位的职工。")
    assert [(a.category, a.place) for a in out] == [(Category.visit, "青松化工公司")]


def test_places_without_a_site_are_no_visit():
    assert found("本届比赛先后到北京和上海两地举行。") == []
