"""A profile's post printed after the name as a body and an occupation, past the notes
(某某，男，1975年生，某集团有限公司焊工，…): read as a roster line's body and post. Invented
names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.profile_posts import profile_occupations


def _posts(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    return [
        (h.name, [(c.title, c.org_written) for c in h.claims]) for h in profile_occupations(text)
    ]


def test_a_body_and_an_occupation_after_a_profiles_notes_is_the_persons_post():
    text = "【人物档案】甄立群，男，1975年生，青禾重工集团有限公司焊工，高级技师。"
    assert _posts(text) == [("甄立群", [("焊工", "青禾重工集团有限公司")])]


def test_a_body_and_a_word_for_workers_after_the_name_states_no_post():
    assert _posts("甄立群，青禾重工集团有限公司职工，今年五十岁。") == []


def test_a_body_and_a_phrase_of_no_post_after_the_name_states_none():
    assert _posts("甄立群，青禾重工集团有限公司的技术骨干，今年五十岁。") == []
