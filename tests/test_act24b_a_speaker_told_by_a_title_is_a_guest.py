"""Activities, act24b: the body before a speaker who tells under a title (某协会副主席某某以
“…”为题，与职工分享…) is the speaker's, a guest's, not the organiser of the talk; a
teacher's body before 讲授 is a guest's already. Sentences written for these tests
(invented bodies and people)."""

from __future__ import annotations

from gonghui_build.extract.activities.organisers import person_role


def test_a_speaker_sharing_under_a_title_is_a_guest() -> None:
    text = "青溪市作家协会副主席柯望舒以“在车间里读诗”为题，与职工分享创作心得。"
    assert person_role(text, len("青溪市作家协会")) == "guest"


def test_a_speaker_acting_otherwise_is_no_guest() -> None:
    text = "青溪市作家协会副主席柯望舒以“在车间里读诗”为题，创作了一组诗歌。"
    assert person_role(text, len("青溪市作家协会")) != "guest"
