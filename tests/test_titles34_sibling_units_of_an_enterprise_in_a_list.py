"""A unit printed alone (西关供电所所长乙) right after a name titled at a unit of the same
kind named with its enterprise (临江电力公司东关供电所所长甲) is that enterprise's unit
(:func:`.sibling_branches.sibling_units_of_enterprise`), as a report lists the heads of
an enterprise's stations. A body naming an enterprise or a place of its own, or of
another kind, is read as printed. Invented names."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page

_FIRST = "临江电力公司东关供电所所长王海"


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("、西关供电所所长李强先后发言。", ("所长", "临江电力公司西关供电所")),
        ("，西关供电所副所长李强先后发言。", ("副所长", "临江电力公司西关供电所")),
    ],
)
def test_a_sibling_station_is_the_enterprises(second, expected):
    assert _posts(_FIRST + second, "李强") == {expected}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("、临江化工有限公司工会主席李强先后发言。", ("主席", "临江化工有限公司工会")),
        ("、市总工会副主席李强先后发言。", ("副主席", "临江市总工会")),
    ],
)
def test_a_body_of_another_kind_is_read_as_printed(second, expected):
    assert _posts(_FIRST + second, "李强") == {expected}


def test_a_company_of_its_own_after_another_company_is_unchanged():
    body = "国网宝鸡供电公司党委书记王海、眉县供电公司经理李强先后发言。"
    assert _posts(body, "李强") == {("经理", "眉县供电公司")}
