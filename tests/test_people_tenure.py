"""Posts printed after the name, opened by a word of tenure (现任, 现为): invented names
and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.tenure import tenure_names
from gonghui_build.text.tokenizer import tag_tokens


def _held(text: str) -> set[tuple[str, str, str | None]]:
    hits = tenure_names(text, tag_tokens(text))
    return {(h.name, c.title, c.org_written) for h in hits for c in h.claims}


def test_a_post_after_an_honour_clause_is_the_named_persons():
    text = "韦海川是全国劳动模范，现任青禾机械有限公司董事长。他谈起往事。"
    assert _held(text) == {("韦海川", "董事长", "青禾机械有限公司")}


def test_a_post_right_after_the_name_and_after_profile_notes():
    assert ("韦海川", "副主席", "青禾区总工会") in _held("韦海川现为青禾区总工会副主席。")
    assert _held("韦海川，男，53岁，现任青禾区总工会副主席。") == {
        ("韦海川", "副主席", "青禾区总工会")
    }


def test_a_post_after_someone_elses_name_is_not_the_first_names():
    held = _held("韦海川表示，丁晓梅现任青禾区总工会副主席。")
    assert not any(name == "韦海川" for name, _, _ in held)


def test_a_post_opening_a_later_clause_of_another_subject_is_not_read():
    assert _held("韦海川看望了老劳模，现任青禾区总工会副主席丁晓梅陪同。") == set()
    assert _held("韦海川说，现任青禾区总工会主席是丁晓梅。") == set()


def test_a_post_held_before_retiring_is_a_position():
    # tests/fixtures/ANNOTATION.md (real_dev12): a past post (退休前是…护士长) is a position
    assert _held("韦海川是全国劳动模范，退休前是青禾县医院的护士长。") == {
        ("韦海川", "护士长", "青禾县医院")
    }


def test_a_past_job_described_by_a_verb_is_not_read():
    assert _held("韦海川是全国劳动模范，退休前在青禾县医院当护士。") == set()


def test_a_post_filling_the_clause_after_the_copula_is_the_persons():
    # a feature's profile: 某某是 + a whole title chain to the clause's end, after the
    # person's age too
    assert _held("韦海川是杭州市第一人民医院护士长，从业二十年。") == {
        ("韦海川", "护士长", "杭州市第一人民医院")
    }
    assert _held("29岁的丁晓梅是青岛重工集团有限公司焊接车间主任。") == {
        ("丁晓梅", "焊接车间主任", "青岛重工集团有限公司")
    }


def test_a_copula_clause_that_is_no_post_states_none():
    assert _held("韦海川是全国劳动模范。丁晓梅是工会主席的好帮手。") == set()
