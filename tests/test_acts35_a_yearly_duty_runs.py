"""Activities (s38 acts35): a habit word right before the duty's 要 (工作室每年还要到社区
开展两次彩灯制作体验课) tells what a body does every year: ongoing, not planned
(real_dev6's gold). A plan before the habit (今后将每年都要举办…) is still a plan.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def test_a_studios_yearly_classes_run():
    [lesson] = find_activities(["青禾创新工作室每年还要到社区开展两次剪纸体验课。"])
    assert lesson.status == Status.ongoing


def test_a_yearly_games_set_up_for_the_future_are_planned():
    [games] = find_activities(["青禾市总工会今后将每年都要举办职工运动会。"])
    assert games.status == Status.planned
