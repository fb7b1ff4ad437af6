"""Activities, s36 (acts27): 联办, the short form of 联合举办 in union round-ups (与市科技局
联办“我爱发明”创新设计大赛), is a verb of holding: the contest's name starts after it and
the partner named before it is no part of the name. Sentences written for these tests
(invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_the_name_starts_after_lianban():
    found = find_activities(["市总工会与市科技局联办“青禾发明”创新设计大赛。"])
    assert [a.name for a in found] == ["“青禾发明”创新设计大赛"]


def test_lianhe_juban_unchanged():
    found = find_activities(["市总工会与市科技局联合举办“青禾发明”创新设计大赛。"])
    assert [a.name for a in found] == ["“青禾发明”创新设计大赛"]
