"""A company's branch works (某公司某分厂) a delegation goes to is the visit's place: the
recogniser reads 分厂 as a plain noun after the company, so the place was lost while the
works alone (某机械厂) was kept. Real pages of s50 acts63 (holiday visits to works) and the
tuning gold of real_dev13. Sentences written for these tests (invented names)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_a_visit_to_a_companys_branch_works_is_held_there():
    out = find_activities(
        ["当天下午，慰问组一行又来到青禾精密机械有限公司东港分厂，看望了坚守一线的42名职工。"]
    )
    assert [a.place for a in out] == ["青禾精密机械有限公司东港分厂"]
