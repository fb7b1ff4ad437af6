"""A delegation's calls told with 还 (某某一行还走访了某厂，看望慰问了…，并与某某座谈), after
the occasion a news item opens with, are made besides it on a day the text does not give
(that day or a later one of the trip): dated by the month, not the opening's day, as
real_dev2's gold has it; a call told 当天 keeps its day, and what is set up at the event
itself (现场还开设了…) is no call (issue 13, s47; real pages of city and county unions'
festival trips read that day, where a call on the same day is told 当天). Pages and
sentences written for these tests (invented unions, places and people)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.coordinated import called_on_besides
from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates.resolve import one_day_of
from gonghui_build.extract.facts import ResolvedDate
from gonghui_build.vocabulary import DateBasis, Precision
from tests.built import built_activities

_CALLS = "林青一行还走访了青禾镇一家纺织厂，看望慰问了二十名一线职工，并与镇总工会负责同志座谈。"


def test_the_calls_and_the_talk_of_a_sentence_opened_with_hai_are_besides():
    found = find_activities([_CALLS])
    assert [called_on_besides(_CALLS, d) for d in found] == [True] * len(found) != []


@pytest.mark.parametrize(
    "paragraph",
    [
        "林青一行走访了青禾镇一家纺织厂，看望慰问了二十名一线职工。",
        "活动现场还开设了法律咨询台，为职工解答劳动合同方面的问题。",
    ],
)
def test_calls_without_hai_or_a_desk_at_the_event_are_not(paragraph):
    assert not any(called_on_besides(paragraph, d) for d in find_activities([paragraph]))


def test_a_day_made_besides_gives_its_month_a_day_alone_stays():
    day = ResolvedDate("2024-01-16", Precision.day, None, None, DateBasis.lead)
    assert (one_day_of(day, or_later=True).start, one_day_of(day).start) == (
        "2024-01",
        "2024-01-16",
    )


def test_a_delegations_calls_after_the_opening_day_are_dated_by_its_month(tmp_path):
    pages_dir = tmp_path / "pages"
    pages_dir.mkdir()
    rows = built_activities(
        pages_dir,
        tmp_path,
        "南河省总工会援建的职工服务中心在柳河启用\n\n"
        "本报讯 1月16日，南河省总工会援建的柳河县职工服务中心在青禾镇正式启用。"
        "省总工会副主席林青一行出席启用仪式。\n\n"
        f"{_CALLS}\n\n"
        "南河工人报 2024年1月18日 星期四\n",
    )
    calls = [r for r in rows if r["category"] in ("visit", "meeting")]
    assert calls and {r["start_date"] for r in calls} == {"2024-01"}
