"""Credits of digest items: two correspondents' names the OCR ran together in the
brackets at the item's end are two authors; a unit's name in those brackets is no
author, however long. Invented text in the shape of a 1980s digest box."""

from __future__ import annotations

from gonghui_build.extract.credits import bracketed_credit_start
from tests.conftest import page_facts

PAGE = """\
工会动态
▲河湾县总工会举办第三期女工干部学习班，为期四天，共培训基层女工干部八十人。 (范玉琴周强)
▲西峪矿务局李家坡矿工会在春节期间组织职工家属到井口慰问坚守岗位的矿工。
(李家坡矿工会)
"""


def test_two_names_run_together_in_an_items_closing_brackets_are_two_authors() -> None:
    text = "▲河湾县总工会举办学习班，共培训基层女工干部八十人。 (范玉琴周强)"
    assert bracketed_credit_start(text) == text.index("(")
    first = page_facts(PAGE).articles[0]
    assert {(a.name, a.role.value) for a in first.authors} == {
        ("范玉琴", "correspondent"),
        ("周强", "correspondent"),
    }


def test_a_units_name_closing_an_item_is_no_author() -> None:
    articles = page_facts(PAGE).articles
    assert len(articles) == 2
    assert articles[1].authors == ()
