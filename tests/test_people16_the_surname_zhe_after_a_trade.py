"""者 is a surname (a Yi family's, of Yunnan) that is far more often a word (the particle
of 劳动者, 获得者): ``surnames.yaml`` lists it ambiguous, so a name with it is read after a
trade or a title (快递员者某某) and never out of the words it makes. 保 is not listed: it
read a spaced slogan (战高温 保畅通) as a name. Shapes of Yunnan's union pages read in s37;
invented names."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("宣讲团成员有彝族快递员者发兴，他讲了自己的故事。", "者发兴"),
        ("快递员者发兴说，每一件包裹都是信任。", "者发兴"),
    ],
)
def test_a_name_with_zhe_after_a_trade_is_a_person(body, name):
    assert _people(body) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "保障职工文化权益是工会的重要职责。",
        "广大劳动者发扬工匠精神。",
        "全体参赛者保持专注。",
        "建设者发出倡议。",
    ],
)
def test_the_words_they_make_name_no_one(body):
    assert _people(body) == []


def test_a_name_after_zhe_ending_an_honour_is_unchanged():
    assert _people("全国五一劳动奖章获得者王建国出席。") == ["王建国"]
