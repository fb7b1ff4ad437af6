"""A profile gives the person's age in a clause of its own, then the post after the
copula or a mark of tenure (某某今年52岁，是…): invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.tenure import tenure_names
from gonghui_build.text.tokenizer import tag_tokens


def _held(text: str) -> set[tuple[str, str, str | None]]:
    hits = tenure_names(text, tag_tokens(text))
    return {(h.name, c.title, c.org_written) for h in hits for c in h.claims}


def test_a_post_after_the_age_clause_and_the_copula_is_the_named_persons():
    assert _held("韦海川今年五十二岁，是青禾机械有限公司首席技师、高级技师。") == {
        ("韦海川", "首席技师", "青禾机械有限公司"),
        ("韦海川", "高级技师", "青禾机械有限公司"),
    }


def test_a_post_after_the_age_clause_and_a_mark_of_tenure_is_the_named_persons():
    assert _held("韦海川今年52岁，现任青禾区总工会副主席。") == {
        ("韦海川", "副主席", "青禾区总工会")
    }


def test_an_age_clause_going_on_otherwise_states_no_post():
    assert _held("韦海川今年52岁，进厂已三十年。") == set()
