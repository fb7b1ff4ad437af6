"""The last item of a list before 等N人 that is a name of two Mongolian or Tibetan
elements or more (额尔某毕力格等10人) is read whole where the model reads it whole: the
reading of names before a count looks back four characters at most and kept only the
last element (毕力格). Han names before a count are unchanged. Honour lists of Inner
Mongolia's unions (s37); invented names."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_name_of_elements_before_a_count_is_read_whole():
    body = "苏和巴特尔、乌日娜、王建军、额尔敦毕力格等10人获此殊荣。"
    assert _people(body) == ["乌日娜", "王建军", "苏和巴特尔", "额尔敦毕力格"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("授予王建军、张海峰等5人称号。", ["张海峰", "王建军"]),
        ("全国劳动模范次仁旺堆等6人获奖。", ["次仁旺堆"]),
    ],
)
def test_names_before_a_count_are_unchanged(body, names):
    assert _people(body) == names
