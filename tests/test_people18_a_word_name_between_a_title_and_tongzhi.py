"""A name that is a frequent ordinary word (边疆, 高原) is a person between the title of a
named body and 同志: the title and the word of address are two signals. Union reports
print officers so (s37 lead); invented sentences. 同志们, a pronoun (各位), a place of
China's divisions (江西), a word no surname opens (骨干) or a noun for workers (党员)
stays no person, and a title of no particular body (企业工会主席) vouches for no word."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("区总工会副主席边疆同志出席。", ["边疆"]),
        ("区总工会副主席高原同志讲话。", ["高原"]),
        ("区总工会主席边疆同志、副主席高原同志出席了会议。", ["边疆", "高原"]),
    ],
)
def test_a_word_between_a_title_and_tongzhi_is_a_name(body, people):
    assert _people(body) == people


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("区总工会副主席和同志们一起劳动。", []),
        ("区总工会副主席江西同志出席。", []),
        ("区总工会主席各位同志出席。", []),
        ("区总工会副主席骨干同志出席。", []),
        ("企业工会主席边疆同志出席。", []),
        ("区总工会副主席边疆出席。", []),
        ("区总工会副主席王立军同志出席。", ["王立军"]),
    ],
)
def test_near_misses_are_unchanged(body, people):
    assert _people(body) == people
