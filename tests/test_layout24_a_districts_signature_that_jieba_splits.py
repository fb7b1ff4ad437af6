"""A notice or a news item may close with its body's signature over the date
(``长沙市望城区总工会`` / ``2024年7月16日``). jieba cuts some districts' names into a verb
and a noun (望城区 → 望/城区), and a verb is no part of a body's name; the list of
divisions knows the district's full name, so its words are not read for parts of
speech. Invented text; the districts are real."""

from __future__ import annotations

import pytest

from gonghui_build.layout.shapes import Shape
from gonghui_build.layout.signatures import _signature
from tests.conftest import block_roles


@pytest.mark.parametrize("signature", ["长沙市望城区总工会", "望城区总工会", "开福区总工会"])
def test_a_district_body_that_jieba_splits_signs(signature: str) -> None:
    assert _signature(signature, Shape.DISPLAY)


def test_a_verb_outside_the_place_name_still_bars_it() -> None:
    assert not _signature("望城区召开总工会", Shape.DISPLAY)


def test_the_signature_over_the_date_is_the_articles_byline() -> None:
    page = (
        "区总工会开展夏季送清凉活动\n"
        "7月15日，区总工会一行来到建筑工地，为一线职工送去防暑降温物品。\n"
        "当天，慰问组还来到环卫所、快递网点等地开展慰问活动。\n"
        "长沙市望城区总工会\n"
        "2024年7月16日\n"
    )
    assert block_roles(page)["长沙市望城区总工会"] == "byline"
