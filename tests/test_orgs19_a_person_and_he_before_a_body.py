"""A title, a person's name and 和 (与) before a body's name: jieba reads the name's last
character with the conjunction and the level word after it as one place (甘雨|田和区,
何|平和|县) and the walk took them in (田和区总工会, 平和县总工会). The body begins after
the conjunction. A place whose name holds 和 (平和县, 新和县) printed with no person's name
and title before it keeps it. A lead of s37 (副主席甘雨田和区总工会), s38 (orgs19). Text
and events are invented."""

from __future__ import annotations

import pytest

from gonghui_build.extract.organisations.grammar import find_org_spans


def _written(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("区总工会副主席甘雨田和区总工会女职工委员会主任李红出席。", "区总工会女职工委员会"),
        ("副主席何平和县总工会负责人出席。", "县总工会"),
        ("副主席赵国华和市总工会负责人出席。", "市总工会"),
        ("副主席张志平和县总工会负责人出席。", "县总工会"),
        ("市总工会主席何平与镇总工会负责人座谈。", "镇总工会"),
    ],
)
def test_the_body_begins_after_the_conjunction(text: str, body: str):
    written = _written(text)
    assert body in written
    assert not any(w.endswith(body) and len(w) > len(body) for w in written)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("福建省平和县总工会主席李明出席。", "福建省平和县总工会"),
        ("调研组来到平和县总工会。", "平和县总工会"),
        ("市总工会副主席王强来到平和县总工会调研。", "平和县总工会"),
    ],
)
def test_a_place_whose_name_holds_he_keeps_it(text: str, body: str):
    assert body in _written(text)
