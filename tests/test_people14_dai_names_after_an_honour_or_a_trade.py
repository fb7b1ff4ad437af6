"""A Dai name of two characters (玉 or 岩 and one given character: ``surnames.yaml`` lists
both as surnames that are often words) right after an honour, a title or a trade and
before the home a visit goes to, punctuation or a word that follows names is a person
where the model reads one, though the given character alone is a frequent word or jieba
reads no name there. Shapes of consolation visits to model workers read on Yunnan's union
pages (s36); invented names."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("慰问组先后来到全国劳动模范玉香家中，详细询问她的身体状况。", "玉香"),
        ("全国劳动模范玉喃家中，慰问组与老人拉起了家常。", "玉喃"),
    ],
)
def test_a_dai_name_after_an_honour_before_a_visited_home_is_a_person(body, name):
    assert _people(body) == [name]


def test_a_han_name_after_an_honour_is_unchanged():
    assert _people("慰问组来到全国劳动模范李春梅家中，送去慰问金。") == ["李春梅"]


def test_a_word_after_an_honour_is_no_person():
    assert _people("他先后获得全国劳动模范称号和五一劳动奖章。") == []
