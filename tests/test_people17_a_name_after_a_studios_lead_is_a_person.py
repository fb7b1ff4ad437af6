"""工作室领衔人田野说: the lead of an innovation studio (领衔人) is a noun for the person
printed before the name, so a name that is also a word (田野) after it is a person, as
after 劳模 or 工匠. A place word after it (领衔人边疆) is left alone. Invented names."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(text: str) -> list[str]:
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_word_name_after_a_studios_lead_is_a_person():
    assert _people("本报讯 工作室领衔人田野说，今年完成技术革新12项。") == ["田野"]


def test_a_han_name_after_a_studios_lead_is_read_as_before():
    assert _people("本报讯 工作室领衔人韦东山介绍，今年完成技术革新12项。") == ["韦东山"]


def test_the_lead_word_alone_names_no_one():
    assert _people("本报讯 工作室领衔人介绍，今年完成技术革新12项。") == []
