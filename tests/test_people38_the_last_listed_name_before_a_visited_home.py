"""The last name of a list before the home a visit goes to (走访了甲、乙家。) is that name:
the model may read the home's 家 into it (鲁晓东家, jieba's 东家) and jieba may read the
name's last character into 国家 (邬振|国家). A list of places or of things before 家 names
no one. Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "节前慰问送温暖\n\n本报讯 " + body
    return sorted(p.name for a in page_facts(text).articles for p in a.people)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("慰问组先后走访了鲍立新、鲁晓东家。", ["鲁晓东", "鲍立新"]),
        ("慰问组先后走访了鲍立新、鲁卫国、邬振国家。", ["邬振国", "鲁卫国", "鲍立新"]),
    ],
)
def test_the_last_name_of_a_list_before_a_visited_home_is_read_without_the_home(body, names):
    assert _people(body) == sorted(names)


def test_a_list_of_places_before_a_home_names_no_one():
    assert _people("他们还到了北京、上海、广州等地的专家家。") == []
