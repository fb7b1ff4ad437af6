"""A group's union glued by jieba to the verb 组织 (工会组织, read as the noun 'union
body') that gets together its own offices' staff (机关), its units (所属) or the whole
group (全集团) is the union's verb: the union before it is named. The noun stays where
it is one (工会组织机关化, 工会组织全覆盖). Seen on real pages of three groups' unions on
Women's Day (s38, orgs19). Text and events are invented."""

from __future__ import annotations

import pytest

from gonghui_build.extract.organisations.grammar import find_org_spans


def _written(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "青松建工集团工会组织机关及在京各单位女职工90余人参加活动。",
        "青松集团工会组织所属各单位参加比赛。",
        "青松集团工会组织全集团近150名女职工徒步。",
    ],
)
def test_the_unions_verb_names_the_union(text: str):
    assert any(w.endswith("集团工会") for w in _written(text))


@pytest.mark.parametrize("text", ["要防止工会组织机关化倾向。", "推动实现工会组织全覆盖。"])
def test_the_noun_names_no_union(text: str):
    assert _written(text) == []
