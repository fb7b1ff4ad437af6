"""A transliterated name (parts joined by a middle dot) right before the home a visit goes
to (来到牧民某某·某某家中): the home closes the name, as it closes a Han name, and is no
part of it. Shape of consolation visits to herders and workers read on Xinjiang's union
pages (s36); invented names."""

from __future__ import annotations

import pytest

from gonghui_build.extract.people.transliterated import transliterated_end
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


@pytest.mark.parametrize("home", ["家中", "家里"])
def test_a_dotted_name_before_a_visited_home_ends_before_it(home):
    body = f"随后，慰问组来到牧民努尔兰·沙肯{home}，详细询问他家的牲畜过冬情况。"
    assert _people(body) == ["努尔兰·沙肯"]


def test_the_end_of_a_dotted_name_read_into_a_home_stops_at_the_home():
    text = "慰问组来到牧民努尔兰·沙肯家中，送去慰问品。"
    start = text.index("努尔兰")
    assert text[start : transliterated_end(text, start, text.index("家中"))] == "努尔兰·沙肯"


def test_a_dotted_name_before_a_word_that_follows_names_keeps_its_end():
    body = "县总工会副主席阿不力孜·吐尔地出席，并为职工送上慰问品。"
    assert _people(body) == ["阿不力孜·吐尔地"]


def test_a_han_name_before_a_visited_home_is_unchanged():
    assert _people("慰问组来到困难职工王海涛家中，送去慰问金。") == ["王海涛"]
