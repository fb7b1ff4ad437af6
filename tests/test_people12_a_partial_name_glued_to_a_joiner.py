"""A partial name right after a word that joins two people (老周和小周, 跟小李): jieba
reads the joiner and the partial name as one word (和小周), which hid the name's start;
the joiner's start stands for it. A joiner before a word that only opens like a
partial name (和小微企业) names no one. Invented names and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "工地上的父子兵\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_partial_name_jieba_glues_to_he_is_a_person():
    assert _people("老周和小周是一对父子，都在工地上当架子工。") == ["老周", "小周"]


def test_a_joiner_before_a_word_that_opens_like_a_partial_name_names_no_one():
    assert _people("区总工会推动工会和小微企业建立联系。") == []
