"""The event a round of a series is said to be, session 35 (acts23). …系列活动启动，首场活动
为职工健步走, 首场活动是职工篮球赛: the first round's event is an activity, part of the
series, however plain its name (it was missed: 为 was read as a clause of giving, so the
walk was taken for the series again, and a plain name after 为 or 是 was no event). Shapes
read on real pages (a town union's launch of a lunch-hour series, a city union's series
opening with a relay run, a county union's season of events opening with a party);
sentences written for these tests (invented bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def _rows(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    found = find_activities(paragraphs)
    return [(d.name, None if d.parent is None else found[d.parent].name) for d in found]


@pytest.mark.parametrize(
    ("paragraphs", "part"),
    [
        pytest.param(
            ["5月8日，桐溪区总工会“健康职工”系列活动启动，首场活动为职工健步走，300余名职工参加。"],
            "职工健步走",
            id="first_round_is_after_wei",
        ),
        pytest.param(
            ["南岭县总工会“春风”系列活动近日启动，首场活动是职工篮球赛。"],
            "职工篮球赛",
            id="first_round_is_after_shi",
        ),
        pytest.param(
            ["桐溪区总工会开展“健康职工”系列活动。", "5月8日，首场活动为职工健步走。"],
            "职工健步走",
            id="first_round_in_the_next_paragraph",
        ),
    ],
)
def test_the_first_rounds_event_is_part_of_the_series(paragraphs, part):
    rows = _rows(paragraphs)
    assert len(rows) == 2
    series, _ = rows[0]
    assert rows[1] == (part, series)


def test_an_event_held_for_workers_is_no_round():
    assert _rows(["区总工会举办健康讲座，为职工提供咨询。"]) == [("健康讲座", None)]
