"""Activities (s44 acts55): a union bringing one group to talk with another (组织新当选的
劳模与青年职工座谈) is a meeting, though no 座谈会 names it; a delegation's talk after a
comma stays its visit. Real pages of s44 (provincial and city unions' model workers
meeting young workers). Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def _rows(*texts: str) -> list[tuple[str | None, Category]]:
    return [(a.name, a.category) for a in find_activities(list(texts))]


def test_model_workers_brought_to_talk_with_young_workers_is_a_meeting():
    text = "4月27日上午，青禾省总工会组织新当选省级劳模与青年职工座谈。"
    [talk] = find_activities([text])
    assert (talk.name, talk.category, talk.status) == (
        "新当选省级劳模与青年职工座谈",
        Category.meeting,
        Status.held,
    )


def test_a_talk_named_as_a_meeting_stays_one_meeting():
    assert _rows("区总工会组织劳模代表与职工召开座谈会。") == [("座谈会", Category.meeting)]


def test_a_delegations_talk_after_a_comma_stays_its_visit():
    text = "5月9日，市总工会副主席王某一行到柳岸区调研，与快递员、外卖骑手座谈。"
    assert [c for _, c in _rows(text)] == [Category.visit]
