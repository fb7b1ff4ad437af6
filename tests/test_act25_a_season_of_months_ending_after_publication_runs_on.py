"""Statuses, act25: a contest run over a season of months that ends after the page was
published (今年5月至10月…开展…技能比赛, in a September page) was still running when
reported, as a campaign so dated is; the same season in a page printed after it ended was
held. Pages written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.vocabulary import Status
from tests.conftest import page_facts

_BODY = "据悉，今年5月至10月，青溪市总工会共开展11个工种的技能比赛，参赛职工两千余人次。"


def _status(published: str) -> Status:
    page = f"青溪市职工技能大赛\n发布时间：{published} 来源：青溪市总工会\n{_BODY}\n"
    (activity,) = page_facts(page).articles[0].activities
    return activity.status


def test_a_season_of_contests_ending_after_publication_runs_on() -> None:
    assert _status("2022-09-23") == Status.ongoing


def test_the_same_season_reported_after_it_ended_was_held() -> None:
    assert _status("2022-11-23") == Status.held
