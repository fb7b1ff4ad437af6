"""Parts planned inside a campaign's run, session 35 (acts23). …系列活动，活动将持续至11月，期
间将陆续开展安全知识讲座、应急演练等活动: the month the campaign runs to is its end, not the
date of the parts planned after it (they were dated to it, or to the launch day), and the
parts, told in a clause opening inside the campaign (其间, 期间), are its parts, in its
sentence as in the next. A day of the part's own stays. Shapes read on real pages (city
unions' launches of a season of events with the items planned in it, real_dev2's care
season); sentences written for these tests (invented bodies)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def _rows(text: str) -> list[tuple[str, str | None, bool]]:
    found = find_activities([text])
    return [
        (d.name, None if d.parent is None else found[d.parent].name, d.date is not None)
        for d in found
    ]


_SERIES = "“安全同行”系列活动"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            f"6月3日，桐溪市总工会启动{_SERIES}，活动将持续至11月，期间将陆续开展安全知识讲座、应急演练等活动。",
            id="inside_in_the_same_sentence",
        ),
        pytest.param(
            f"6月3日，桐溪市总工会启动{_SERIES}，活动将持续至11月。期间，将陆续开展安全知识讲座、应急演练等活动。",
            id="inside_in_the_next_sentence",
        ),
    ],
)
def test_parts_planned_inside_the_run_are_its_parts_with_no_date_of_their_own(sentence):
    assert _rows(sentence) == [
        (_SERIES, None, True),
        ("安全知识讲座", _SERIES, False),
        ("应急演练", _SERIES, False),
    ]


def test_a_plan_after_a_run_with_no_campaign_takes_not_the_runs_end():
    found = find_activities(["区总工会的服务将持续至11月，还将开展安全知识讲座。"])
    assert [d.date for d in found] == [None]


def test_a_part_with_a_day_of_its_own_keeps_it():
    found = find_activities(
        [f"桐溪市总工会启动{_SERIES}，活动将持续至11月，其间将于7月8日举办安全知识讲座。"]
    )
    lecture = found[-1]
    assert lecture.name == "安全知识讲座"
    assert lecture.date is not None and lecture.date.month == 7


def test_a_range_of_days_still_dates_an_event():
    found = find_activities(["5月8日至10日，区总工会举办职工技能大赛。"])
    assert found[0].date is not None and found[0].date.day == 8


def test_parts_planned_inside_a_month_long_contest_are_its_parts():
    contest = "“安康杯”知识竞赛月活动"
    found = _rows(
        f"6月3日，桐溪市总工会启动{contest}，活动将持续至11月。期间，将陆续开展安全知识讲座。"
    )
    assert found == [(contest, None, True), ("安全知识讲座", contest, False)]


def test_a_session_after_a_one_day_contest_is_no_part_of_it():
    found = _rows("6月3日，桐溪市总工会举办职工技能大赛。其间，区总工会还举办了安全知识讲座。")
    assert found[-1][1] is None
