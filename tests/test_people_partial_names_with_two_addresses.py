"""A surname with 老 or 小 before it and a form of address after it (老黎师傅) is one
partial name, read whole. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _people(body: str) -> set[str]:
    return {p.name for a in page_facts(news_page(body)).articles for p in a.people}


def test_lao_a_surname_and_shifu_are_one_partial_name():
    body = "像冲压车间的老黎师傅，他提的意见往往最实在。"
    assert _people(body) == {"老黎师傅"}


def test_a_partial_name_with_two_addresses_beside_a_short_one_are_two_people():
    assert _people("老周师傅和小周一起干活。") == {"老周师傅", "小周"}
