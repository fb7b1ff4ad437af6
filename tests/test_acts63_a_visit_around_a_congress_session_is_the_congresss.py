"""A visit told after a congress's committee session (在一次全委会上…。会前，与会代表参观
了…) is part of the congress the session belongs to, not of the session; and one done
在此 takes the congress's venue, where the words point back to. Real pages of s50 acts63
(congresses touring a show first) and the tuning gold of real_dev13. Sentences written
for these tests (invented names)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.here_places import at_parents_venue

TEXTS = [
    "11月7日，青禾省国防工会第六次会员代表大会在成都召开。",
    "在六届一次全委会上，柏思远当选省国防工会主席。",
    "会前，与会代表在此参观了全省职工技术创新成果展。",
]


def test_a_visit_before_a_congress_session_is_part_of_the_congress():
    out = find_activities(TEXTS)
    assert [a.parent for a in out] == [None, 0, 0]


def test_a_part_done_here_is_at_its_events_venue():
    shown = find_activities(TEXTS)[-1]
    assert at_parents_venue(shown, "成都", TEXTS[2]).place == "成都"


def test_here_as_a_basis_points_to_no_venue():
    texts = [TEXTS[0], "会后，与会代表在此基础上参观了全省职工技术创新成果展。"]
    shown = find_activities(texts)[-1]
    assert at_parents_venue(shown, "成都", texts[1]).place is None
