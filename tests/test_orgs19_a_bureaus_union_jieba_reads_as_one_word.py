"""A union whose body is a whole body's name jieba reads as one word with its level word
(区卫健委/n, 区卫健局/n: a level word and a department's short form) names that body's
union: the body held no particular word of its own, so the union was lost where the
bureau alone was found. Kinds and determiners stay none (企业工会, 各局工会, 该局工会).
Seen in city and district union news of health bureaus' unions (s38, orgs19). Text and
events are invented."""

from __future__ import annotations

import pytest

from gonghui_build.extract.organisations.grammar import find_org_spans


def _written(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


@pytest.mark.parametrize(
    ("text", "union"),
    [
        ("区卫健委工会开展健步走活动。", "区卫健委工会"),
        ("区卫健局工会组织职工参加比赛。", "区卫健局工会"),
    ],
)
def test_the_bureaus_union_is_found(text: str, union: str):
    assert union in _written(text)


@pytest.mark.parametrize("text", ["企业工会开展活动。", "各局工会开展活动。", "该局工会开展活动。"])
def test_kinds_and_determiners_name_no_union(text: str):
    assert _written(text) == []
